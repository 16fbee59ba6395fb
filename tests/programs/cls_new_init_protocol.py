class Point:
    def __new__(cls, x, y):
        print('new', cls.__name__, x, y)
        self = super().__new__(cls)
        self.created = True
        return self
    def __init__(self, x, y):
        print('init', x, y)
        self.x, self.y = x, y

p = Point(1, 2)
print(p.created, p.x)

class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never')
print(type(ReturnsOther()).__name__)

class Cache:
    _inst = {}
    def __new__(cls, key):
        if key in cls._inst:
            return cls._inst[key]
        obj = super().__new__(cls)
        cls._inst[key] = obj
        return obj
    def __init__(self, key):
        print('init again' if hasattr(self, 'key') else 'init first', key)
        self.key = key
print(Cache('a') is Cache('a'))

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(e)

class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self):
        return self[0]
im = Immutable(3, 4)
print(im, im.a, isinstance(im, tuple))

class MyInt(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
n = MyInt(7, 'seven')
print(n + 1, n.label, repr(n))

class MyStr(str):
    def shout(self):
        return self.upper() + '!'
print(MyStr('hi').shout(), MyStr('x') == 'x')
class NewArgs:
    def __init__(self, *a, **k):
        self.a, self.k = a, k
print(vars(NewArgs(1, z=2)))
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
try:
    object.__new__(OnlyNew, 1)
except TypeError as e:
    print(e)
