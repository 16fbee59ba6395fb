from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def describe(value):
    match value:
        case 0 | 1:
            return 'small int'
        case int(n) if n < 0:
            return f'negative {n}'
        case [x, y, *rest]:
            return f'seq {x} {y} rest={rest}'
        case {'kind': 'circle', 'r': r, **others}:
            return f'circle r={r} others={others}'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, y):
            return f'point {x},{y}'
        case str() as s if s:
            return f'string {s!r}'
        case None:
            return 'none'
        case _:
            return 'other'

for v in [0, 1, -5, [1, 2], [1, 2, 3, 4], {'kind': 'circle', 'r': 2, 'c': 'red'},
          Point(0, 5), Point(3, 4), 'hi', '', None, 3.5, (9, 8)]:
    print(repr(v), '->', describe(v))

class Bad:
    __match_args__ = ('a', 'b')
    a = 1
match Bad():
    case Bad(x):
        print('matched', x)
try:
    match Bad():
        case Bad(1, 2, 3):
            pass
except TypeError as exc:
    print(exc)
