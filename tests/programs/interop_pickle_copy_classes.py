import copy
import pickle

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'transient'
    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'

class Reduced:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Reduced, (self.a * 2,))

class Slotted:
    __slots__ = ('p', 'q')
    def __init__(self):
        self.p, self.q = 1, 2

def module_function(x):
    return x + 1

class Custom:
    def __init__(self):
        self.items = [[1], [2]]
    def __copy__(self):
        print('custom copy')
        new = Custom.__new__(Custom)
        new.items = self.items
        return new
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        new = Custom.__new__(Custom)
        new.items = copy.deepcopy(self.items, memo)
        return new

for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    p = pickle.loads(pickle.dumps(Point(1, 2), proto))
    print(proto, p, p == Point(1, 2))
w = pickle.loads(pickle.dumps(WithState()))
print(w.data, w.cache)
print(pickle.loads(pickle.dumps(Reduced(3))).a)
s = pickle.loads(pickle.dumps(Slotted()))
print(s.p, s.q)
f = pickle.loads(pickle.dumps(module_function))
print(f is module_function, f(1))
print(pickle.loads(pickle.dumps(Point)) is Point)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)
def outer():
    def local():
        pass
    return local
try:
    pickle.dumps(outer())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)
c = Custom()
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.items is c.items, c3.items == c.items, c3.items is c.items)
p = Point([1], 2)
sh, dp = copy.copy(p), copy.deepcopy(p)
print(sh.x is p.x, dp.x is p.x, dp)
print(copy.deepcopy(module_function) is module_function)
class Nested:
    class Inner:
        def __init__(self):
            self.v = 'inner'
print(pickle.loads(pickle.dumps(Nested.Inner())).v)
print(pickle.loads(pickle.dumps(Nested.Inner)) is Nested.Inner)
