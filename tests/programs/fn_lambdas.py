add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__, add.__defaults__)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda p: (-p[0], p[1])))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda: (yield))().__class__.__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
table = {op: (lambda a, b, op=op: eval(f'{a}{op}{b}')) for op in '+-*'}
print([table[op](6, 3) for op in '+-*'])
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print((lambda x: lambda y: lambda z: x + y + z)(1)(2)(3))
