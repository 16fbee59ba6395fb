import enum
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.gravity, 2), Planet.MERCURY.value)
class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404).name, sorted(Status))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value, Auto['A'], Auto.__members__.keys())
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(Perm))
class Strs(str, enum.Enum):
    X = 'x'
print(Strs.X.upper(), Strs('x'))
@enum.unique
class U(enum.Enum):
    a = 1
    b = 2
try:
    @enum.unique
    class Dup(enum.Enum):
        a = 1
        b = 1
except ValueError as exc:
    print(exc)
print(Planet.EARTH is Planet['EARTH'], hash(Planet.EARTH) == hash(Planet.EARTH))
