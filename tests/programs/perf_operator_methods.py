# Binary operators whose method is a Python function of the operand's
# class, and each turn of the protocol around it: reflected methods after
# NotImplemented, a right operand of a subclass first, in-place methods
# added later, methods, __class__ and __bases__ changed, builtin bases,
# errors and recursion inside the method, f_back seen from it.
import sys
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, V):
            return V(self.x - other.x)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k)
        return NotImplemented

    def __repr__(self):
        return f'V({self.x})'


class P:
    def __init__(self, x):
        self.x = x

    def __sub__(self, other):
        return ('P.__sub__', other.x)

    def __rsub__(self, other):
        return ('P.__rsub__', other.x)

    def __repr__(self):
        return f'P({self.x})'


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


a, b = V(1), V(2)
attempt('same', lambda: (a + b, a - b, a * 3, a * 1.5, a + 1))
attempt('pair', lambda: (b.x, a + b, a - b))
attempt('different', lambda: (a - P(5), P(5) - a))
attempt('int rhs NotImplemented', lambda: a - 1)
attempt('float rhs NotImplemented', lambda: a * a)
attempt('str rhs', lambda: a + 'x')
attempt('reflected after NotImplemented', lambda: V(1) - P(7))


class Q(V):
    def __rsub__(self, other):
        return 'Q.__rsub__ first'


attempt('subclass rhs first', lambda: V(1) - Q(2))

# In-place: without __iadd__ the binary method; with one (added later) it.
c = V(10)
c += V(1)
print('iadd', c)
V.__iadd__ = lambda self, other: 'V.__iadd__'
c += V(1)
print('iadd added', c)
del V.__iadd__
c = V(10)
c -= V(3)
print('isub', c)

# The method replaced on the class, __class__ and __bases__ changed.
old_add = V.__add__
V.__add__ = lambda self, other: 'replaced'
print('replaced', V(1) + V(2))
V.__add__ = old_add
print('restored', V(1) + V(2))


class W:
    def __add__(self, other):
        return 'W.__add__'


v = V(3)
v.__class__ = W
print('__class__', v + V(1))


class Base1:
    def __mul__(self, other):
        return 'Base1'


class Base2:
    def __mul__(self, other):
        return 'Base2'


class Child(Base1):
    pass


print('bases', Child() * 2)
Child.__bases__ = (Base2,)
print('bases changed', Child() * 2)

# A builtin base: after NotImplemented its own concatenation applies.


class L(list):
    def __add__(self, other):
        return NotImplemented


attempt('list base', lambda: L([1]) + [2])


class S(str):
    def __mul__(self, other):
        print('S.__mul__ called')
        return NotImplemented


attempt('str base', lambda: S('ab') * 2)


# Errors: in the method (traceback through the operator), wrong arity,
# recursion.
class Bad:
    def __sub__(self, other):
        return 1 / 0

    def __add__(self):
        return 'no other'

    def __mul__(self, other, extra=5):
        return ('defaults', extra)


def use_bad():
    x = Bad()
    return x - x


try:
    use_bad()
except ZeroDivisionError:
    for entry in traceback.extract_tb(sys.exc_info()[2]):
        print('tb', entry.name, entry.lineno, entry.line)
attempt('arity', lambda: Bad() + Bad())
attempt('defaults', lambda: Bad() * Bad())


class Deep:
    def __add__(self, other):
        return self + other


attempt('recursion', lambda: Deep() + Deep())


class Gen:
    def __add__(self, other):
        yield 'from a generator'


print('generator', list(Gen() + Gen()))


class Looks:
    def __sub__(self, other):
        caller = sys._getframe().f_back
        return caller.f_code.co_name, caller.f_lineno


def outer():
    return Looks() - Looks()


print('f_back', outer())


class Meta(type):
    def __add__(cls, other):
        return 'Meta.__add__'


class WithMeta(metaclass=Meta):
    def __add__(self, other):
        return 'WithMeta.__add__'


print('metaclass', WithMeta() + WithMeta(), WithMeta + 1)
print('static radd', 1 - P(4) if False else 'skipped')
