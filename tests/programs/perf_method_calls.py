# Calls of bound methods of Ophis functions held in a variable (the call
# builds the frame itself when the arguments bind positionally), and the
# generic binding they fall back to otherwise: errors, defaults, *args,
# keywords, a method rebound on the instance or the class meanwhile.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def scaled(self, k=2):
        return Point(self.x * k, self.y * k)

    def total(self, *more):
        return self.x + self.y + sum(more)

    def where(self):
        return sys._getframe().f_back.f_lineno, sys._getframe().f_code.co_name

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = Point(1, 2)
moved = p.moved
print(moved(3, 4), moved(-1, 0))
scaled = p.scaled
print(scaled(), scaled(5), scaled(k=3))
total = p.total
print(total(), total(1, 2, 3))
where = p.where
print(where())

for args in [(), (1,), (1, 2, 3)]:
    try:
        moved(*args) if len(args) != 1 else moved(args[0])
    except TypeError as exc:
        print('TypeError:', exc)
try:
    moved(1)
except TypeError as exc:
    print('TypeError:', exc)
try:
    moved(1, 2, 3)
except TypeError as exc:
    print('TypeError:', exc)

# The bound method keeps its function: rebinding on the class later does
# not change it, a new lookup sees the new one.
Point.moved = lambda self, dx, dy: 'replaced'
print(moved(1, 1), p.moved(1, 1))
p.moved = lambda dx, dy: 'on the instance'
print(p.moved(1, 1))
del p.moved
print(p.moved(1, 1))


def recurse(self, n):
    if n == 0:
        raise ValueError('bottom')
    return self.down(n - 1)


Point.down = recurse
down = p.down
try:
    down(3)
except ValueError as exc:
    tb = exc.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print('ValueError', exc, depth)

# Deep recursion through bound methods still raises RecursionError.
class Deep:
    def go(self, n):
        return self.go(n + 1)


go = Deep().go
try:
    go(0)
except RecursionError as exc:
    print('RecursionError', exc)

# A bound method of a generator function, and of a method taking a cell.
class Gen:
    def items(self, n):
        for i in range(n):
            yield i * self.k

    def adder(self, a):
        def add(b):
            return a + b + self.k
        return add

    k = 10


items = Gen().items
print(list(items(4)))
adder = Gen().adder
print(adder(1)(2))
