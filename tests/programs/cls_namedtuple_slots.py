from collections import namedtuple
Point = namedtuple('Point', 'x y', defaults=[0])
p = Point(1)
print(p, p._asdict(), p._replace(x=5), Point._fields, p.x + p.y)
class P3(namedtuple('P3Base', 'x y z')):
    __slots__ = ()
    def norm(self):
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5
print(P3(1, 2, 2).norm(), P3(1, 2, 2))
x, y = Point(3, 4)
print(x, y, Point._make([7, 8]))
class Slotted:
    __slots__ = ('a', '__dict__')
    def __init__(self):
        self.a = 1
        self.b = 2
s = Slotted()
print(s.a, s.b, s.__dict__)
class Base:
    __slots__ = ('x',)
class Derived(Base):
    __slots__ = ('y',)
d = Derived()
d.x, d.y = 1, 2
print(d.x, d.y, hasattr(d, '__dict__'))
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as exc:
    print(exc)
