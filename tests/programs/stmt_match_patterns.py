from collections import namedtuple
Pair = namedtuple('Pair', 'left right')

def kind(v):
    match v:
        case True:
            return 'True literal'
        case 1.5 | -2:
            return 'float or neg'
        case 'a' 'b':
            return 'concat str'
        case b'bytes':
            return 'bytes'
        case 1+2j:
            return 'complex'
        case ():
            return 'empty tuple'
        case [int() as only]:
            return f'single int {only}'
        case [1, *_, 9]:
            return 'starts 1 ends 9'
        case (str(s), *rest) if len(rest) > 1:
            return f'str head {s} with {len(rest)}'
        case {'k': {'nested': [_, x]}}:
            return f'nested mapping {x}'
        case {}:
            return 'any mapping'
        case Pair(left=0) | Pair(right=0):
            return 'pair with zero'
        case Pair(l, r):
            return f'pair {l} {r}'
        case int(i) | float(i) if i > 100:
            return 'big number'
        case set() | frozenset():
            return 'a set'
        case _ if callable(v):
            return 'callable'
        case other:
            return f'captured {type(other).__name__}'

tests = [True, 1, 1.5, -2, 'ab', b'bytes', 1+2j, (), [7], [1, 2, 3, 9], ('x', 1, 2),
         ('y', 1), {'k': {'nested': [0, 'deep']}}, {'z': 1}, Pair(0, 5), Pair(3, 4),
         500, 2.5e3, {1}, frozenset(), print, None, 'str']
for t in tests:
    print(repr(t), '=>', kind(t))

import enum
class Color(enum.Enum):
    RED = 1
    BLUE = 2
def color(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.BLUE:
            return 'blue'
print(color(Color.BLUE), color(Color.RED))

def dup(m):
    match m:
        case {'a': 1, **rest}:
            return rest
print(dup({'a': 1, 'b': 2, 'c': 3}))
match [1, 2]:
    case [a, b] if a > b:
        print('no')
    case [a, b]:
        print('bound', a, b)
match 42:
    case x:
        print('irrefutable', x)
try:
    compile("match {'x': 1}:\n    case {'x': 1, 'x': 1}:\n        pass", 'dup', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
