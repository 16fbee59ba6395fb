import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Const:
    LIMIT = 10

def check(v):
    match v:
        case Color.RED:
            return 'red'
        case Const.LIMIT:
            return 'limit'
        case 1 | 2 | 3 as small:
            return f'small {small}'
        case (0, _) | (_, 0) as axis:
            return f'axis {axis}'
        case [int() | float() as num, str() as label]:
            return f'{label}={num}'
        case True:
            return 'true'
        case None:
            return 'none'
        case x if x == 'guard':
            return 'guarded'
        case x:
            return f'capture {x!r}'

for v in (Color.RED, Color.GREEN, 10, 2, (0, 5), (5, 0), [1.5, 'w'],
          True, None, 'guard', 'other', 1.0):
    print(check(v))

def side_effects():
    calls = []
    def guard(n):
        calls.append(n)
        return n > 1
    for value in range(3):
        match value:
            case x if guard(x):
                pass
    return calls
print(side_effects())
match 5:
    case x:
        pass
print('bound after match', x)
match [1, 2]:
    case [a, b] if a > b:
        print('no')
    case [a, b]:
        print('yes', a, b)
