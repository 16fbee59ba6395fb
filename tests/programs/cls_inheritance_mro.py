class A:
    def who(self): return 'A'
class B(A):
    pass
class C(A):
    def who(self): return 'C'
class D(B, C):
    pass
print(D().who(), [k.__name__ for k in D.mro()])
try:
    class X(A, B):
        pass
except TypeError as exc:
    print(exc)
class Base:
    count = 0
    def __init__(self):
        type(self).count += 1
class Child(Base):
    count = 0
Base(); Child(); Child()
print(Base.count, Child.count)
print(issubclass(D, (int, A)), isinstance(D(), (str, C)), D.__bases__, A.__subclasses__())
class Mixin:
    def greet(self):
        return f'hello from {self.name}'
class Named:
    def __init__(self, name):
        self.name = name
class Greeter(Mixin, Named):
    pass
print(Greeter('g').greet())
print(type(Greeter).__name__, Greeter.__base__.__name__, object.__subclasshook__ is not None)
class WithInitSubclass:
    def __init_subclass__(cls, /, suffix='', **kw):
        cls.label = cls.__name__ + suffix
class Sub1(WithInitSubclass, suffix='!'):
    pass
print(Sub1.label)
try:
    class Bad(WithInitSubclass, unknown=1):
        pass
except TypeError as exc:
    print(exc)
