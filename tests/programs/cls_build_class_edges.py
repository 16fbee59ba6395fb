class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedNS()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class Ordered(metaclass=Meta):
    zebra = 1
    apple = 2
    def mango(self):
        pass
print(Ordered.order)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as exc:
    print(exc)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrepare): pass
except TypeError as exc:
    print(exc)
def not_a_class_factory(name, bases, ns):
    return f'made {name} with {sorted(k for k in ns if not k.startswith("__"))}'
class Fake(metaclass=not_a_class_factory):
    a = 1
print(Fake)
class Entries:
    def __mro_entries__(self, bases):
        return (dict,)
class FromEntries(Entries()):
    pass
print(FromEntries.__bases__, FromEntries.__orig_bases__[0].__class__.__name__)
class UsesClassCell:
    def who(self):
        return __class__.__name__
print(UsesClassCell().who())
class Sneaky(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class Lost(metaclass=Sneaky):
        def f(self):
            return __class__
except RuntimeError as exc:
    print(exc)
print(type('Dynamic', (object,), {'x': 5, 'double': lambda self: self.x * 2})().double())
