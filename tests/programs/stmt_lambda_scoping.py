x = 'global'
f = lambda: x
def g():
    x = 'local'
    return (lambda: x)(), (lambda x=x: x)(), f()
print(g())
adders = [lambda y, n=n: y + n for n in range(3)]
print([a(10) for a in adders])
nested = lambda a: (lambda b: (lambda c: a * b * c))
print(nested(2)(3)(4))
y = 5
h = lambda: [y for _ in range(2)]
print(h())
class C:
    z = 3
    k = lambda self: self.z
print(C().k(), (lambda *args, **kw: (args, kw))(1, a=2))
print((lambda: (yield 1))().__next__())
