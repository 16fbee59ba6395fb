from collections import deque, ChainMap, Counter, OrderedDict, defaultdict, UserDict, UserList
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0); d.append(4); d.rotate(1)
print(d, d.maxlen, list(reversed(d)))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], list(cm), cm.new_child({'c': 4})['c'])
c = Counter(a=3, b=1) + Counter(a=1, c=2)
print(c, c.total(), list(c.elements())[:4], (c - Counter(a=4)))
od = OrderedDict(a=1, b=2)
od.move_to_end('a')
print(od, od.popitem(last=False))
tree = lambda: defaultdict(tree)
t = tree()
t['x']['y']['z'] = 1
print(t['x']['y']['z'], list(t['x']))
class LoggingDict(UserDict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
ld = LoggingDict()
ld['k'] = 1
ld.update(j=2)
print(dict(ld))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1]); s.push(2)
print(s, s.data, len(s))
