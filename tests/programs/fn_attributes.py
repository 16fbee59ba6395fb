import functools

def documented(a: int, b: 'str' = 'x') -> list:
    """The doc."""
    return [a, b]

print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__doc__)
print(documented.__annotations__)
print(documented.__code__.co_varnames, documented.__code__.co_argcount)
documented.extra = 42
print(documented.__dict__, documented.extra)
print(sorted(documented.__globals__)[:3] == sorted(globals())[:3])

class K:
    def method(self):
        def local():
            pass
        return local

print(K.method.__qualname__, K().method().__qualname__)
print((lambda: 0).__qualname__, (lambda: 0).__name__)

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def seven():
    """Seven."""
    return 7

print(seven(), seven.__name__, seven.__doc__, seven.__wrapped__())
try:
    documented.__name__ = 5
except TypeError as exc:
    print(exc)
try:
    documented.__defaults__ = [1]
except TypeError as exc:
    print(exc)
try:
    documented.__globals__ = {}
except AttributeError as exc:
    print(exc)
print(documented.__kwdefaults__, documented.__closure__)
documented.__annotations__ = {'x': 1}
print(documented.__annotations__)
print(callable(documented), type(documented).__name__)
