def handler(excs):
    try:
        raise ExceptionGroup('batch', excs)
    except* ZeroDivisionError as g:
        print('zero', len(g.exceptions))
    except* (KeyError, IndexError) as g:
        print('lookup', [type(e).__name__ for e in g.exceptions])
    else:
        print('no exception')
    finally:
        print('finally')

handler([ZeroDivisionError(), KeyError('a'), IndexError(0)])
try:
    handler([OSError('unhandled'), KeyError('b')])
except ExceptionGroup as e:
    print('escaped', repr(e))

def reraise():
    try:
        raise ExceptionGroup('r', [ValueError(1), ValueError(2)])
    except* ValueError:
        raise
try:
    reraise()
except ExceptionGroup as e:
    print('reraised', repr(e))

def partial_reraise():
    try:
        raise ExceptionGroup('p', [ValueError(1), TypeError(2)])
    except* ValueError:
        print('handled values')
    except* TypeError as t:
        raise t.exceptions[0]
try:
    partial_reraise()
except TypeError as e:
    print(repr(e), repr(e.__context__))

try:
    try:
        pass
    except* Exception:
        pass
except SyntaxError:
    pass
print('no exc ok')

try:
    exec('''
try:
    pass
except* ExceptionGroup:
    pass
''')
except TypeError as e:
    print('TypeError', e)

try:
    try:
        raise ExceptionGroup('x', [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError', e)

def star_in_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup('l', [ValueError(i)])
        except* ValueError as g:
            out.append(g.exceptions[0].args[0])
    return out
print(star_in_loop())
