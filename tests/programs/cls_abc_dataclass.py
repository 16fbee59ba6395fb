import abc
from dataclasses import dataclass, field, asdict, replace
import enum

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as exc:
    print(exc)

@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list)

a = Item(2, 'b')
b = Item(1, 'a', ['x'])
print(a, sorted([a, b]), a == Item(2, 'z'), asdict(b))
print(replace(a, name='c'))

@dataclass(frozen=True)
class Frozen:
    x: int
f = Frozen(1)
try:
    f.x = 2
except Exception as exc:
    print(type(exc).__name__, exc)
print(hash(f) == hash(Frozen(1)))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    def describe(self):
        return f'{self.name}={self.value}'

print(Color.RED, Color(2), Color['GREEN'].describe(), list(Color))
print(Color.RED is Color(1), isinstance(Color.RED, Color))

class Flag(enum.IntFlag):
    A = 1
    B = 2
print(Flag.A | Flag.B, int(Flag.B))

class Registry(abc.ABCMeta):
    pass
class Plugin(metaclass=Registry):
    @abc.abstractmethod
    def run(self):
        pass
print(Plugin.__abstractmethods__)
