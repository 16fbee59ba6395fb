class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """The temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        obj.__dict__[self.name] = value

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age

p = Person('ann', 3)
print(p.name, p.age, vars(p))
try:
    p.age = 'x'
except TypeError as e:
    print(e)

class NonData:
    def __get__(self, obj, owner):
        return 'from descriptor'
class H:
    d = NonData()
h = H()
print(h.d)
h.__dict__['d'] = 'from instance'
print(h.d)

class Cached:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, owner):
        value = self.func(obj)
        setattr(obj, self.func.__name__, value)
        return value
class K:
    calls = 0
    @Cached
    def heavy(self):
        K.calls += 1
        return 99
k = K()
print(k.heavy, k.heavy, K.calls)
class PropSub(property):
    pass
class U:
    @PropSub
    def v(self):
        return 'sub'
print(U().v, type(U.__dict__['v']).__name__)
