from collections import Counter, OrderedDict, ChainMap, defaultdict, deque, UserDict, UserList

class WordCounter(Counter):
    def top(self, n):
        return [w for w, _ in self.most_common(n)]
wc = WordCounter('the cat and the hat and the bat'.split())
print(wc.top(2), wc['the'], wc['missing'], +wc == wc)
print((wc - Counter(the=2)).most_common(2))

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated(a=1, b=2)
lu['a'] = 3
print(list(lu), lu.popitem(last=False))

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
    def to_dict(self):
        return {k: v.to_dict() for k, v in self.items()}
t = Tree()
t['a']['b']['c']
t['a']['d']
print(t.to_dict())

defaults = {'color': 'red', 'size': 'M'}
user = {'size': 'L'}
cm = ChainMap(user, defaults)
print(cm['color'], cm['size'], dict(cm), cm.new_child({'color': 'blue'})['color'])

class Validated(UserDict):
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('keys must be str')
        super().__setitem__(key, value)
v = Validated(a=1)
try:
    v[1] = 2
except TypeError as e:
    print(e)
print(v, len(v), 'a' in v)
class Stack(UserList):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2)
print(s.peek(), s + [3], type(s + [3]).__name__)
d = deque(range(5), maxlen=3)
d.rotate(1)
print(d, d.maxlen)
class MissingDict(dict):
    def __missing__(self, key):
        return key.upper()
md = MissingDict(a='x')
print(md['a'], md['b'], md.get('b'), 'b' in md)
