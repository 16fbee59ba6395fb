import functools

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, offset=0):
        return x * self.k + offset

double = Multiplier(2)
print(double(5), double(5, offset=1), callable(double))
print(list(map(double, range(4))), sorted([3, 1, 2], key=Multiplier(-1)))
p = functools.partial(double, offset=100)
print(p(1))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return args
c = Counter()
c(); c(1); c(1, 2)
print(c.calls)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        functools.update_wrapper(self, fn)
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.__name__, fib.__doc__, len(fib.cache))
class Shape:
    def __init__(self, side):
        self.side = side
    @Memo
    def area(self):
        print('computing area')
        return self.side ** 2
s = Shape(3)
print(s.area(), s.area())
try:
    Multiplier(1)()
except TypeError as e:
    print(e)
class NotCallable:
    __call__ = None
try:
    NotCallable()()
except TypeError as e:
    print(e)
print(callable(NotCallable()))
class Meta(type):
    def __call__(cls, *a):
        return f'intercepted {cls.__name__}{a}'
class Intercepted(metaclass=Meta):
    pass
print(Intercepted(1, 2))
