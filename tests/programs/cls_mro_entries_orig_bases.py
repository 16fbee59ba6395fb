import typing

class Proxy:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        print('mro_entries called with', [getattr(b, '__name__', b) for b in bases])
        return (self.real,)

class Real:
    def hello(self):
        return 'real hello'

class Uses(Proxy(Real)):
    pass
print(Uses().hello(), Uses.__bases__, Uses.__orig_bases__[0].__class__.__name__)

class Point(typing.NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._asdict(), Point._fields, Point(1))
print(Point.__orig_bases__ if hasattr(Point, '__orig_bases__') else None)

class TD(typing.TypedDict, total=False):
    name: str
    age: int
print(TD(name='x'), TD.__total__, sorted(TD.__annotations__))

T = typing.TypeVar('T')
class Stack(typing.Generic[T]):
    def __init__(self):
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack[int]()
s.push(1)
print(s.items, Stack.__orig_bases__, type(s).__name__)
try:
    class Bad(5):
        pass
except TypeError as e:
    print(e)
class WithoutMro(object):
    pass
print(WithoutMro.__mro__)
class Dyn(*[Real]):
    pass
print(Dyn.__mro__[1].__name__)
print(types_new := __import__('types').new_class('Made', (Proxy(Real),)))
print(types_new.__bases__)
