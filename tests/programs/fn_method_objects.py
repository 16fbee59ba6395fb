class A:
    def m(self, x=1):
        return (type(self).__name__, x)
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(y):
        return y * 2

a = A()
bm = a.m
print(bm(), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(a.m == a.m, a.m is a.m, hash(a.m) == hash(a.m))
print(A.c(), a.c(), A.s(3), a.s(4))
print(type(A.__dict__['c']).__name__, type(A.__dict__['s']).__name__)
print(A.__dict__['m'].__get__(a)(), A.__dict__['m'].__get__(None, A) is A.m)
print(repr(bm).startswith('<bound method A.m of <__main__.A object at'))

class B(A):
    pass
print(B().m(), B.c(), B().c())

def free(self, n):
    return n + 1
A.free = free
print(a.free(41))
import types
a.extra = types.MethodType(lambda self: self is a, a)
print(a.extra())
print(getattr(a, 'm')(7))
f = A.m
print(f(a, 9))
try:
    A.m()
except TypeError as e:
    print(e)
try:
    a.m(1, 2)
except TypeError as e:
    print(e)
