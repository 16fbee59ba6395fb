import inspect

def counter(limit):
    n = 0
    while n < limit:
        received = yield n
        n = received if received is not None else n + 1
    return 'finished'

c = counter(5)
print(inspect.getgeneratorstate(c))
print(next(c), c.send(3), next(c))
print(inspect.getgeneratorstate(c))
try:
    c.send(10)
except StopIteration as e:
    print('stopped with', e.value)
print(inspect.getgeneratorstate(c), list(c))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(f.gi_frame.f_locals)

def exhaust_twice():
    yield 1
e = exhaust_twice()
print(list(e), list(e))
class Reusable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i
r = Reusable(3)
print(list(r), list(r), sum(r))
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'
g = gen_with_return_in_finally()
next(g)
try:
    g.throw(ValueError('swallowed?'))
except StopIteration as e:
    print('finally return swallows:', e.value)
def yield_expression_values():
    results = []
    while len(results) < 3:
        results.append((yield len(results)))
    yield results
y = yield_expression_values()
print(next(y), y.send('a'), y.send('b'), y.send('c'))
