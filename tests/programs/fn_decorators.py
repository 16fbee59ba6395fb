import functools

def trace(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            print(f'[{label}] calling {fn.__name__}{a}')
            return fn(*a, **k)
        return wrapper
    return deco

@trace('outer')
@trace('inner')
def mul(a, b):
    """Multiply."""
    return a * b

print(mul(3, 4), mul.__name__, mul.__doc__, mul.__wrapped__.__wrapped__(2, 2))

def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco

REG = {}
@register(REG)
def alpha():
    return 'a'
@register(REG)
def beta():
    return 'b'
print(sorted(REG), REG['beta']())

class Counted:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@Counted
def square(x):
    return x * x

print(square(3), square(4), square.calls, square.__name__)

def method_deco(fn):
    def wrapper(self, *args):
        return ('wrapped', fn(self, *args))
    return wrapper

class Thing:
    @method_deco
    def value(self, x):
        return x + 1
    @property
    @functools.lru_cache(maxsize=None)
    def cached(self):
        print('computing')
        return 42

t = Thing()
print(t.value(1), t.cached, t.cached)

@functools.singledispatch
def show(x):
    return 'object'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
print(show(1), show([]), show('s'))

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2))
