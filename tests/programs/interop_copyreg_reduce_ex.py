import copyreg
import pickle
import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

def reduce_point(p):
    print('reducing via copyreg')
    return Point, (p.x, p.y)
copyreg.pickle(Point, reduce_point)
print(pickle.loads(pickle.dumps(Point(1, 2))))
print(copy.copy(Point(3, 4)))

class Versioned:
    def __init__(self, v):
        self.v = v
    def __reduce_ex__(self, protocol):
        return (Versioned, (self.v + 1,))
print(pickle.loads(pickle.dumps(Versioned(1))).v, copy.deepcopy(Versioned(5)).v)

class NewArgs:
    def __new__(cls, a, b):
        inst = super().__new__(cls)
        inst.ab = (a, b)
        return inst
    def __getnewargs__(self):
        return self.ab
n = pickle.loads(pickle.dumps(NewArgs(1, 'z'), protocol=2))
print(n.ab)
class NewArgsEx:
    def __new__(cls, *, key):
        inst = super().__new__(cls)
        inst.key = key
        return inst
    def __getnewargs_ex__(self):
        return (), {'key': self.key}
print(pickle.loads(pickle.dumps(NewArgsEx(key='k'), protocol=4)).key)
class Unpicklable:
    def __reduce__(self):
        raise TypeError('not today')
try:
    pickle.dumps(Unpicklable())
except TypeError as e:
    print(e)
class StateOnly:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'a': self.a, 'extra': True}
print(vars(copy.copy(StateOnly())))
class ListLike(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 'tagged'
ll = pickle.loads(pickle.dumps(ListLike([1, 2])))
print(ll, ll.tag, type(ll).__name__)
