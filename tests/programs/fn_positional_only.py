def f(a, b, /, c, *, d=4):
    return (a, b, c, d)

print(f(1, 2, 3))
print(f(1, 2, c=3, d=5))
for call in (lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3),
             lambda: f(1, 2), lambda: f(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

def g(x, /, **kw):
    return x, kw

print(g(1, x=2))

class C:
    def m(self, a, /, b):
        return a + b
print(C().m(1, b=2))
try:
    C().m(a=1, b=2)
except TypeError as e:
    print(e)
try:
    C.m(1, 2, 3, 4)
except TypeError as e:
    print(e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount,
      f.__code__.co_kwonlyargcount)
