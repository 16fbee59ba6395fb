import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f'{self.name.lower()}={self.value}'
    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.RED.describe())
print(list(Color), len(Color), Color.default(), Color.RED in Color)
try:
    Color(9)
except ValueError as e:
    print(e)

class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R)

class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404).name, Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]))

class Lenient(enum.Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None
print(Lenient('A'), Lenient('a'))

class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def density_order(self):
        return round(self.mass / self.radius ** 3, -6)
print(Planet.EARTH.mass, Planet.MARS.density_order)

class Shape(str, enum.Enum):
    CIRCLE = 'circle'
    SQUARE = 'square'
print(Shape.CIRCLE == 'circle', Shape('square'), Shape.CIRCLE.upper())
@enum.unique
class U(enum.Enum):
    X = 1
    Y = 2
try:
    @enum.unique
    class Dup(enum.Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(e)
class Auto(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    FOO = enum.auto()
    BAR = enum.auto()
print([m.value for m in Auto])
match Color.BLUE:
    case Color.RED:
        print('red')
    case Color.BLUE:
        print('matched blue')
print(Color.RED.__class__.__name__, type(Color).__name__)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
