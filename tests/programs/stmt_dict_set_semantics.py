d = {'b': 1, 'a': 2}
d['c'] = 3
print(list(d), d.get('z'), d.setdefault('z', 0), d.pop('z'), d.popitem(), d)
print({**d, 'a': 9}, d | {'x': 1}, dict(sorted(d.items())), dict.fromkeys('ab', 0))
d |= {'n': 5}
print(d, list(d.keys() & {'a', 'n', 'q'}), d.items() <= {('a', 2), ('b', 1), ('n', 5)})
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print(e)
print(len(d), 'new' in d)
try:
    {}.popitem()
except KeyError as e:
    print(e)
dd = {1: 'int', 1.0: 'float', True: 'bool'}
print(dd)
s = {3, 1, 2}
s.add(4)
s.discard(10)
print(sorted(s), s & {1, 9}, s | {0}, s - {1}, s ^ {1, 99}, {1, 2} <= s, frozenset('ab') == {'a', 'b'})
try:
    s.remove(10)
except KeyError as e:
    print('KeyError', e)
try:
    {[1]}
except TypeError as e:
    print(e)
fs = frozenset([1, 2])
print({fs: 'frozen key'}[frozenset([2, 1])], hash(fs) == hash(frozenset([1, 2])))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
print(dict(zip('abc', range(3))), {k: v for k, v in [('x', 1)]}, dict(a=1, **{'b': 2}))
keys = d.keys()
d['late'] = 0
print('late' in keys, len(keys), list(reversed(d))[:2])
print({}.__class__ is dict, type({}.keys()).__name__, type(iter(d.values())).__name__)
