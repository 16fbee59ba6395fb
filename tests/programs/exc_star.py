def raise_group():
    raise ExceptionGroup('many', [ValueError('v1'), TypeError('t1'),
                                  ExceptionGroup('nested', [ValueError('v2'), KeyError('k')])])

try:
    raise_group()
except* ValueError as eg:
    print('values', repr(eg))
except* TypeError as eg:
    print('types', repr(eg))
except* KeyError as eg:
    print('keys', [repr(e) for e in eg.exceptions])

try:
    try:
        raise_group()
    except* ValueError:
        print('handled values only')
except ExceptionGroup as rest:
    print('rest', repr(rest))

try:
    raise ValueError('naked')
except* ValueError as eg:
    print('wrapped', repr(eg), type(eg).__name__)

try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('new')
except KeyError as err:
    print('raised in handler', repr(err), repr(err.__context__))

try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print('reraised', repr(eg))

eg = ExceptionGroup('split me', [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))

def no_match():
    try:
        raise ExceptionGroup('x', [OSError('o')])
    except* ValueError:
        print('not here')
try:
    no_match()
except ExceptionGroup as eg:
    print('unmatched', repr(eg))
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as exc:
    print(exc)
