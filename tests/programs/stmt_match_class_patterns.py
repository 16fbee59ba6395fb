from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ('center', 'radius')
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0) if x > 0:
            return f'positive x axis at {x}'
        case Point():
            return 'some point'
        case Circle(Point(x, y), r) if r > 10:
            return f'big circle at {x},{y}'
        case Circle(center=c, radius=r):
            return f'circle r={r} at {c}'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s!r}'
        case _:
            return 'unknown'

for s in (Point(0, 0), Point(0, 5), Point(3, 0), Point(-1, 0), Point(1, 2),
          Circle(Point(1, 1), 20), Circle(Point(2, 2), 1), 7, 2.5, 'hi', None):
    print(describe(s))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
class Dup:
    __match_args__ = ('a',)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print(e)
class BadArgs:
    __match_args__ = ['a']
try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(e)
