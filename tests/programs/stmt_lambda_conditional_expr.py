square = lambda x: x * x
print(square(4), square.__name__, square.__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(3) + '!')
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, /, b=2, *, c=3: (a, b, c))(1, c=4))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(6))
x = 5
print('big' if x > 3 else 'small', 'a' if x < 3 else 'b' if x < 10 else 'c')
print((lambda: (yield 1))().__class__.__name__)
gen_lambda = lambda: (yield from range(2))
print(list(gen_lambda()))
sort_key = lambda item: (-item[1], item[0])
print(sorted({'a': 2, 'b': 3, 'c': 2}.items(), key=sort_key))
def make():
    y = 10
    return lambda: y
print(make()(), make().__closure__[0].cell_contents)
print((lambda: 1).__code__.co_name, (lambda x: x).__code__.co_varnames)
cond_call = (print if x else len)('called conditionally')
nested = lambda a: lambda b: lambda c: a + b + c
print(nested(1)(2)(3))
print(list(map(lambda p: p[0] * p[1], zip(range(3), range(3, 6)))))
print((lambda: __name__)())
