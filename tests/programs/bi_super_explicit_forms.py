class Base:
    def greet(self):
        return 'base'
    @property
    def prop(self):
        return 'base prop'
    def __repr__(self):
        return 'Base()'

class Mid(Base):
    def greet(self):
        return 'mid>' + super(Mid, self).greet()

class Leaf(Mid):
    def greet(self):
        return 'leaf>' + super().greet()
    @property
    def prop(self):
        return 'leaf>' + super().prop

leaf = Leaf()
print(leaf.greet(), leaf.prop)
print(super(Mid, leaf).greet())
unbound = super(Leaf)
print(type(unbound).__name__, unbound.__thisclass__.__name__, unbound.__self__)
print(unbound.__get__(leaf).greet())
print(super(Leaf, Leaf).greet(leaf))
try:
    super(Leaf, 5)
except TypeError as e:
    print(e)
try:
    super().greet()
except RuntimeError as e:
    print(e)
try:
    super(Leaf, leaf).missing
except AttributeError as e:
    print(e)
class Sup(super):
    pass
print(Sup(Leaf, leaf).greet())
class WithNew(Base):
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(WithNew(1, 2).args)
class Meta(type):
    def __call__(cls, *a):
        return super().__call__(*a)
class UsesMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(UsesMeta(3).v)
class S:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.inited = True
class T(S):
    pass
print(T.inited)
print(repr(super(Leaf, leaf)).startswith('<super: <class'))
