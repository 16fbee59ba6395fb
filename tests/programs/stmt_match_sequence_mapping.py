def classify(obj):
    match obj:
        case []:
            return 'empty sequence'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: {first}..{last} ({len(middle)} between)'
        case [first, *rest]:
            return f'first {first}, rest {rest}'
        case {'type': 'user', 'name': str(name), **extra}:
            return f'user {name} extra={extra}'
        case {'type': t}:
            return f'typed {t}'
        case {}:
            return 'some mapping'
        case _:
            return 'other'

tests = [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], 'ab', b'xy',
         {'type': 'user', 'name': 'ann', 'age': 3}, {'type': 'admin'},
         {'k': 1}, range(2), 42, bytearray(b'z')]
for t in tests:
    print(repr(t), '->', classify(t))

match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}:
        print('rest', rest)
from collections import OrderedDict, defaultdict, deque
match deque([1, 2]):
    case [a, b]:
        print('deque', a, b)
dd = defaultdict(int)
match dd:
    case {'missing': _}:
        print('should not match')
    case _:
        print('defaultdict not auto-created', dict(dd))
match (1, (2, 3), [4, [5]]):
    case (a, (b, c), [d, [e]]):
        print(a, b, c, d, e)
match [1, 2, 3]:
    case [1, *_, 3]:
        print('wildcard star')
match {'x': None}:
    case {'x': None}:
        print('None literal')
match -3:
    case -3:
        print('negative literal')
match 1 + 2j:
    case 1 + 2j:
        print('complex literal')
