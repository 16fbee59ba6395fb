def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
print(f.__defaults__, f.__kwdefaults__)

def counter(start=[]):
    start.append(len(start))
    return start

print(counter(), counter(), counter([9]))

def g(x, /, y, *, z):
    return x + y + z

print(g(1, 2, z=3), g(1, y=2, z=3))
f.__defaults__ = (20,)
print(f(1, c=3))
del f.__defaults__
print(f.__defaults__)
