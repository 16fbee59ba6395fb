import copy
import pickle

def helper(x):
    return x + 1

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __eq__(self, other):
        return vars(self) == vars(other)

class WithState:
    def __init__(self):
        self.items = [1, 2]
        self.cache = 'drop me'
    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'

p = Point(1, [2, 3])
data = pickle.dumps(p)
q = pickle.loads(data)
print(q, q == p, q is p)
print(pickle.loads(pickle.dumps(helper)) is helper)
print(pickle.loads(pickle.dumps([helper, Point]))[0](1))
w = pickle.loads(pickle.dumps(WithState()))
print(w.items, w.cache)
c = copy.copy(p)
d = copy.deepcopy(p)
print(c.y is p.y, d.y is p.y, d == p)
print(copy.copy(helper) is helper, copy.deepcopy(helper) is helper)

class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a, self.b = 1, 2
s2 = copy.deepcopy(Slots())
print(s2.a, s2.b)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as exc:
    print(type(exc).__name__)
