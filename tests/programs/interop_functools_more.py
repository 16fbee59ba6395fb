import functools
import operator
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(4), cube(2), square.func is power, square.keywords)
class Calc:
    def add(self, a, b):
        return a + b
    add5 = functools.partialmethod(add, 5)
print(Calc().add5(10))
print(functools.reduce(operator.add, map(square, range(5))))
@functools.cache
def count_ways(n):
    return 1 if n <= 1 else count_ways(n - 1) + count_ways(n - 2)
print(count_ways(60))
print(sorted(['b', 'C', 'a'], key=str.lower), sorted([3, 1, 2], key=operator.neg))
getter = operator.itemgetter(1, 0)
print(getter(['x', 'y']), operator.attrgetter('real')(5), operator.methodcaller('upper')('s'))
def trace(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@trace
def doc():
    "Documented."
print(doc.__doc__, doc.__wrapped__.__name__, functools.WRAPPER_ASSIGNMENTS[:2])
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, lambda s: s + '!')('  hi  '))
