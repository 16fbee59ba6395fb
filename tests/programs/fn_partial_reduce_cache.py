import functools

def power(base, exp):
    return base ** exp

square = functools.partial(power, exp=2)
print(square(5), square.func is power, square.keywords)
print(list(map(functools.partial(power, 2), range(6))))
print(functools.reduce(lambda a, b: a * b, range(1, 8)))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30))

class P:
    def __init__(self, x):
        self.x = x
    @functools.cached_property
    def double(self):
        print('computing')
        return self.x * 2
    @functools.singledispatchmethod
    def kind(self, arg):
        return 'object'
    @kind.register
    def _(self, arg: int):
        return 'int'
p = P(4)
print(p.double, p.double, p.kind(1), p.kind('s'))

@functools.singledispatch
def describe(x):
    return 'thing'
@describe.register(list)
def _(x):
    return f'list of {len(x)}'
@describe.register
def _(x: str):
    return 'string'
print(describe([1, 2]), describe('a'), describe(3.0))

@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
pm = functools.partialmethod
class Q:
    def set(self, k, v):
        return (k, v)
    set_a = pm(set, 'a')
print(Q().set_a(5))
