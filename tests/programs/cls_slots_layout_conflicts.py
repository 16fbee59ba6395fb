class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)
class Empty:
    __slots__ = ()
class D(A, Empty):
    __slots__ = ('d',)
d = D()
d.a, d.d = 1, 2
print(d.a, d.d, D.__slots__, hasattr(d, '__dict__'))
class E(A):
    __slots__ = ('a',)
print(E.__dict__['a'], type(E.__dict__['a']).__name__)
try:
    class F(int):
        __slots__ = ('x',)
except TypeError as e:
    print(e)
class G(tuple):
    __slots__ = ()
print(G((1, 2)))
class H:
    __slots__ = {'name': 'the name doc', 'age': 'the age doc'}
print(H.name.__doc__, H.age.__doc__)
class I:
    __slots__ = 'single'
i = I()
i.single = 1
print(i.single, I.__slots__)
try:
    class J:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print(e)
class K:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 1
import copy, pickle
k2 = copy.copy(K())
print(k2.x)
print(pickle.loads(pickle.dumps(K())).x)
class L(K):
    pass
l = L()
l.y = 2
print(l.x, l.y, sorted(vars(l)))
