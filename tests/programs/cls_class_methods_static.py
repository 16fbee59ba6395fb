class Temperature:
    scale = 'C'
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(d):
        return d > -273.15
    @classmethod
    def set_scale(cls, s):
        cls.scale = s
    def __repr__(self):
        return f'{type(self).__name__}({self.degrees:.1f}{self.scale})'
class Kelvin(Temperature):
    scale = 'K'
print(Temperature.from_f(212), Kelvin.from_f(32), Temperature.valid(-300))
Kelvin.set_scale('kelvin')
print(Kelvin.scale, Temperature.scale, Kelvin(1))
t = Temperature(5)
print(t.from_f(50), t.valid(5), type(Temperature.__dict__['from_f']).__name__)
print(Temperature.from_f.__self__ is Temperature, Temperature.valid.__name__)
class Counter:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
Counter(); Counter()
print(Counter.instances)
sm = staticmethod(len)
class UsesSM:
    f = sm
print(UsesSM.f('abc'), UsesSM().f([1]))
