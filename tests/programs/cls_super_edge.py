class A:
    def f(self):
        return 'A.f'
    @property
    def p(self):
        return 'A.p'
    def __init_subclass__(cls, **kw):
        cls.registered = True

class B(A):
    def f(self):
        return 'B.f>' + super().f()
    @property
    def p(self):
        return 'B.p>' + super().p
    def g(self):
        try:
            return [super().f() for _ in range(1)]
        except TypeError as e:
            return str(e)
    def h(self):
        return (lambda: super(B, self).f())()

b = B()
print(b.f(), b.p, b.g(), b.h(), B.registered)
print(super(B, b).f(), super(B, B).f(b))
s = super(B, b)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)

class C(B):
    def f(self):
        return 'C.f>' + super().f()
    def __repr__(self):
        return 'C()'
print(C().f(), C.__mro__[1].__name__)

class D:
    def method(self):
        __class__ = None
        return 'shadowed __class__'
print(D().method())

class E(A):
    def f(self):
        del self
        try:
            return super().f()
        except RuntimeError as exc:
            return str(exc)
print(E().f())

class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
class SubNew(WithNew):
    def __new__(cls, x):
        return super().__new__(cls, x, x)
print(SubNew(3).args)

class CM:
    @classmethod
    def make(cls):
        return cls.__name__
class CM2(CM):
    @classmethod
    def make(cls):
        return 'CM2>' + super().make()
print(CM2.make(), CM2().make())
