class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('Base.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('Base.__radd__')
        return 'base radd'
    def __eq__(self, o):
        print('Base.__eq__')
        return NotImplemented
    def __lt__(self, o):
        print('Base.__lt__')
        return NotImplemented

class Derived(Base):
    def __radd__(self, o):
        print('Derived.__radd__')
        return 'derived radd'
    def __gt__(self, o):
        print('Derived.__gt__')
        return True

print(Base(1) + Derived(2))
try:
    print(Base(1) + Base(2))
except TypeError as e:
    print(e)
try:
    Base(1) + 5
except TypeError as e:
    print(e)
print(Base(1) == Base(1))
b = Base(1)
print(b == b, b != Base(2))
print(Base(1) < Derived(2))
try:
    Base(1) < Base(2)
except TypeError as e:
    print(e)

class MyInt(int):
    def __radd__(self, o):
        return 'MyInt radd'
    def __rsub__(self, o):
        return NotImplemented
print(1 + MyInt(2), MyInt(2) + 1)
print(1 - MyInt(2))
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)
class LenBool:
    def __len__(self):
        return 0
print(bool(LenBool()), not LenBool())
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], 'abcdef'[Idx():], bin(Idx()), range(10)[Idx()])
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 2
print(4 in GetItemOnly(), 5 in GetItemOnly(), list(GetItemOnly()))
class NeFromEq:
    def __eq__(self, o):
        return True
print(NeFromEq() != NeFromEq())
class Neg:
    def __neg__(self):
        return 'negated'
    def __invert__(self):
        return 'inverted'
    def __pos__(self):
        return 'pos'
    def __abs__(self):
        return 'abs'
n = Neg()
print(-n, ~n, +n, abs(n))
try:
    -object()
except TypeError as e:
    print(e)
class Pow:
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o):
        return ('rpow', o)
print(Pow() ** 2, pow(Pow(), 2, 5), 2 ** Pow())
class Div:
    def __truediv__(self, o):
        return 'truediv'
    def __floordiv__(self, o):
        return 'floordiv'
    def __mod__(self, o):
        return 'mod'
    def __divmod__(self, o):
        return 'divmod'
    def __rdivmod__(self, o):
        return 'rdivmod'
print(Div() / 1, Div() // 1, Div() % 1, divmod(Div(), 1), divmod(1, Div()))
