class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(NotInit())

class Callable:
    def __call__(self, x, *, scale=1):
        return x * scale
c = Callable()
print(c(3, scale=2), callable(c), list(map(c, [1, 2])))

class Meta(type):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by_meta = True
        return obj
class Made(metaclass=Meta):
    def __init__(self, x):
        self.x = x
m = Made(5)
print(m.x, m.created_by_meta)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as exc:
    print(exc)

class WithArgs:
    def __init__(self, a, b=2):
        self.s = a + b
try:
    WithArgs()
except TypeError as exc:
    print(exc)
print(WithArgs(1).s, WithArgs(b=5, a=1).s)
try:
    object.__new__(WithArgs, 1)
    print('object.__new__ ok')
except TypeError as exc:
    print(exc)

class Sub(list):
    def __init__(self, *a):
        super().__init__(a)
    def total(self):
        return sum(self)
print(Sub(1, 2, 3).total(), isinstance(Sub(), list))

class MyDict(dict):
    def __missing__(self, key):
        return key.upper()
print(MyDict(a=1)['a'], MyDict()['zz'])
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
print(MyStr('hi').shout(), MyStr('x') + 'y')
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 100)
print(MyInt(1) + 1, type(MyInt(1) + 1).__name__)
