import json
import re
import heapq
import functools
import itertools
import collections

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.dumps({'x': {1, 2}}, default=lambda o: sorted(o)))
class Enc(json.JSONEncoder):
    def default(self, o):
        return f'<{type(o).__name__}>'
print(json.dumps([object.__new__(type('Custom', (), {}))], cls=Enc))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.compile(r'(\w)(\w)').sub(lambda m: m.group(2) + m.group(1), 'abcd'))

class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
h = []
for t in [Task(3, 'c'), Task(1, 'a'), Task(2, 'b')]:
    heapq.heappush(h, t)
print([heapq.heappop(h).name for _ in range(3)])
print(heapq.nlargest(2, [5, 1, 9, 3], key=lambda x: -x))
counter = collections.Counter('mississippi')
print(counter.most_common(2))
dd = collections.defaultdict(lambda: 'dflt')
print(dd['a'], dict(dd))
od = collections.OrderedDict(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(od)
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.starmap(lambda a, b: a - b, [(5, 1), (9, 4)])))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
print(list(filter(None, [0, 1, '', 'x'])), all(map(lambda x: x > 0, [1, 2])))
it = iter(lambda: next(src), 3)
src = iter([1, 2, 3, 4])
print(list(it))
print(min([(2, 'b'), (1, 'z')], key=lambda p: p[1]))
d = dict.fromkeys('ab', 0)
d.update(c=1)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))

class Reverse:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[-1 - i]
print(list(Reverse('abc')), sorted(Reverse([3, 1, 2])), 'b' in Reverse('abc'))
