class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1

s = Slotted()
print(s.a)
try:
    s.b
except AttributeError as exc:
    print('AttributeError', exc)
try:
    s.c = 3
except AttributeError as exc:
    print('AttributeError', exc)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person('ann', 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = 'old'
except TypeError as exc:
    print(exc)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c

t = Temp()
t.celsius = 25
print(t.celsius)
del t.celsius
print(hasattr(t, '_c'))

class Dyn:
    def __getattr__(self, name):
        return name.upper()
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

d = Dyn()
d.x = 4
print(d.x, d.missing)
