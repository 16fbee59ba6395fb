def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, a=3))
print(collect(*[1, 2], *(3,), **{'x': 1}, **{'y': 2}))
print(collect(*'ab', sep='-'))

def pos_only(a, b, /, c=3):
    return a, b, c

print(pos_only(1, 2), pos_only(1, 2, c=4), pos_only(*[5, 6]))

def kw_only(*, x, y=2, **rest):
    return x, y, rest

print(kw_only(x=1), kw_only(y=0, x=9, z=8))
args = (1, 2)
kw = {'c': 30}
print(pos_only(*args, **kw))

def mixed(a, b=2, *c, d, e=5, **f):
    return a, b, c, d, e, f

print(mixed(1, d=4))
print(mixed(1, 2, 3, 4, d=0, g=7))
print(mixed.__code__.co_argcount, mixed.__code__.co_kwonlyargcount,
      mixed.__code__.co_posonlyargcount, mixed.__code__.co_flags & 0xc)

def kwargs_keys(**kw):
    return list(kw)

print(kwargs_keys(b=1, a=2, c=3))
print(kwargs_keys(**{'z': 1}, y=2))
try:
    collect(**{1: 2})
except TypeError as exc:
    print(exc)
try:
    pos_only(**{'a': 1, 'b': 2})
except TypeError as exc:
    print(exc)
try:
    kw_only(1)
except TypeError as exc:
    print(exc)
