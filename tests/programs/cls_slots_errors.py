class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)
print(P.__slots__, type(P.x).__name__)
del p.x
try:
    del p.x
except AttributeError as e:
    print(e)

class Q(P):
    pass
q = Q(2)
q.z = 5
print(q.__dict__)

class R(P):
    __slots__ = ('w', '__dict__')
r = R(3)
r.w = 4
r.other = 6
print(r.w, r.other, r.__dict__)
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
class W:
    __slots__ = '__weakref__',
import weakref
w = W()
print(weakref.ref(w)() is w)
class Priv:
    __slots__ = ('__secret',)
    def __init__(self):
        self.__secret = 'hidden'
    def get(self):
        return self.__secret
print(Priv().get(), Priv.__slots__, hasattr(Priv, '_Priv__secret'))
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e:
    print(e)
