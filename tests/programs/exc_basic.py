def risky(n):
    if n == 0:
        raise ValueError('zero')
    if n == 1:
        raise KeyError('one')
    return 10 // (n - 2)

for n in range(4):
    try:
        print('result', risky(n))
    except ValueError as exc:
        print('ValueError', exc)
    except (KeyError, ZeroDivisionError) as exc:
        print(type(exc).__name__, exc)
    else:
        print('no error')
    finally:
        print('finally', n)

def returns_in_finally():
    try:
        return 'try'
    finally:
        print('cleanup')

print(returns_in_finally())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out

print(loop_control())
try:
    try:
        raise TypeError('inner')
    except TypeError:
        raise ValueError('outer')
except ValueError as exc:
    print(repr(exc), repr(exc.__context__), exc.__cause__, exc.__suppress_context__)

try:
    try:
        raise TypeError('inner')
    except TypeError as t:
        raise ValueError('outer') from t
except ValueError as exc:
    print(repr(exc.__cause__), exc.__suppress_context__)

try:
    raise ValueError('x') from None
except ValueError as exc:
    print(exc.__cause__, exc.__suppress_context__, exc.__context__)

e = None
try:
    raise OSError(2, 'nope')
except OSError as e:
    print(e.errno, e.strerror)
try:
    e
except NameError as exc:
    print('unbound:', exc)
