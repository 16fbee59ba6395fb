import functools
import inspect

def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs) * 2
    return wrapper

@deco
def area(w: int, h: int = 2, *, unit: str = 'm') -> int:
    """Compute an area."""
    return w * h

print(area(3), area(3, h=4))
print(area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__wrapped__.__name__, area.__wrapped__(3))
print(inspect.signature(area))
print(area.__annotations__)
sig = inspect.signature(area)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default, p.annotation)
print(sig.bind(1, unit='cm').arguments)
print(inspect.unwrap(area) is area.__wrapped__)
print(inspect.isfunction(area), inspect.isroutine(area), callable(area))
print(inspect.getdoc(area))

def f(a, /, b, *c, d, e=1, **f):
    pass
print(inspect.signature(f))
print(inspect.getfullargspec(f))
print(str(inspect.signature(lambda x, *, y=3: None)))
