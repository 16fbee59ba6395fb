import abc
import collections.abc as cabc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @property
    @abc.abstractmethod
    def name(self):
        ...

try:
    Shape()
except TypeError as e:
    print(e)

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return 'square'
print(Square(3).area(), Square(3).name, isinstance(Square(1), Shape))
class Partial(Shape):
    def area(self):
        return 0
try:
    Partial()
except TypeError as e:
    print(e)

class Virtual:
    def area(self):
        return 'virtual'
Shape.register(Virtual)
print(isinstance(Virtual(), Shape), issubclass(Virtual, Shape))

class MySeq(cabc.Sequence):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)
s = MySeq([3, 1, 2])
print(list(s), s.index(1), 2 in s, list(reversed(s)), s.count(3))
print(isinstance(s, cabc.Iterable), isinstance(s, cabc.Reversible))

class Duck:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False
print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Collection))
print(isinstance(Duck(), cabc.Sequence))

def g():
    yield
async def c():
    pass
async def ag():
    yield
co = c()
print(isinstance(g(), cabc.Generator), isinstance(co, cabc.Coroutine),
      isinstance(co, cabc.Awaitable), isinstance(ag(), cabc.AsyncGenerator))
co.close()
print(isinstance(g, cabc.Callable), isinstance(lambda: 0, cabc.Hashable))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        return NotImplemented
class Q:
    def quack(self):
        pass
print(issubclass(Q, Hook), issubclass(int, Hook))
class MyMapping(cabc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMapping()
m.update(a=1, b=2)
m.setdefault('c', 3)
print(dict(m), m.pop('a'), m.get('zz', 'dflt'), sorted(m.items()))
