def f(a, b, c=0, *rest, key=None, **extra):
    return a, b, c, rest, key, extra
args = [1, 2]
more = (3, 4, 5)
kw = {'key': 'k'}
ex = {'x': 1}
print(f(*args))
print(f(*args, *more, **kw, **ex))
print(f(0, *more, key=2))
print(f(**{'a': 1, 'b': 2}, c=3))
print(f(*range(2), **dict(key='r')))
gen = (i for i in range(3))
print(f(*gen))
try:
    f(*args, **{'a': 9})
except TypeError as exc:
    print(exc)
try:
    f(1, 2, **{'key': 1}, key=2)
except TypeError as exc:
    print(exc)
print(max(*[3, 7, 2]), min(*'zxy'), print(*[], sep='-') or 'printed nothing')
def kw_collector(**kw):
    return kw
print(kw_collector(**{'a': 1}, **{'b': 2}), kw_collector(**{}))
