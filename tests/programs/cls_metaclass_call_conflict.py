class CountingMeta(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        CountingMeta.count += 1
        inst = super().__call__(*args, **kwargs)
        inst.serial = CountingMeta.count
        return inst

class Widget(metaclass=CountingMeta):
    def __init__(self, name):
        self.name = name
w1, w2 = Widget('a'), Widget('b')
print(w1.serial, w2.serial, w2.name)

class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)

class M3(M1):
    pass
class D(metaclass=M3):
    pass
class E(A, D):
    pass
print(type(E).__name__)

def func_meta(name, bases, ns):
    ns['made_by'] = 'func'
    return type(name, bases, ns)
class F(metaclass=func_meta):
    pass
print(F.made_by, type(F).__name__)

class Attrs(type):
    def __getattr__(cls, name):
        return f'meta-{name}'
    def __len__(cls):
        return 7
    def __iter__(cls):
        return iter('abc')
    def __repr__(cls):
        return f'<Attrs {cls.__name__}>'
class G(metaclass=Attrs):
    pass
print(G.anything, len(G), list(G), G, [G])
class Inst(type):
    def __instancecheck__(cls, obj):
        return obj == 'yes'
    def __subclasscheck__(cls, sub):
        return sub is int
class Duck(metaclass=Inst):
    pass
print(isinstance('yes', Duck), isinstance('no', Duck), issubclass(int, Duck))
try:
    class BadMro(object, A):
        pass
except TypeError as e:
    print(e)
