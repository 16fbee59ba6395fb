class Obj:
    pass
o = Obj()
o.a = 1
del o.a
print(hasattr(o, 'a'))
lst = list(range(10))
del lst[::3]
del lst[0], lst[-1]
print(lst)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
try:
    del d['missing']
except KeyError as exc:
    print('KeyError', exc)
try:
    del o.missing
except AttributeError as exc:
    print('AttributeError', exc)
g = 1
def delete_global():
    global g
    del g
delete_global()
print('g' in globals())
try:
    assert False
except AssertionError as exc:
    print('empty assert', exc.args)
try:
    assert 1 == 2, ('tuple', 'msg')
except AssertionError as exc:
    print(exc.args)
print(__debug__)
a = [1, 2, 3]
b = a
a += [4]
print(b, a is b)
t = (1, 2)
t2 = t
t += (3,)
print(t2, t)
s = frozenset({1})
print(s | {2}, s & {1}, s ^ {1, 3}, {1, 2} - {2})
print(0.1 + 0.2, 1e308 * 10, -(2 ** 63), 7 // -2, -7 % 3, round(2.5), round(3.5))
print(int('1_000'), 0b1010, 0o17, 0xff, 1_000_000)
print('abc'[::-1], 'a' * 3, [0] * 3, 'x'.join('yz'), 'a,b'.split(','))
pass
