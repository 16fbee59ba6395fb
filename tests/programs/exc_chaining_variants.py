def show(e):
    parts = []
    while e is not None:
        parts.append(f'{type(e).__name__}({e}) cause={type(e.__cause__).__name__ if e.__cause__ else None} suppress={e.__suppress_context__}')
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return parts
try:
    try:
        raise KeyError('a')
    except KeyError as e:
        raise ValueError('b') from e
except ValueError as e:
    print(show(e))
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b') from None
except ValueError as e:
    print(show(e), repr(e.__context__))
try:
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise TypeError('b')
        except TypeError:
            raise ValueError('c')
except ValueError as e:
    print(show(e))
try:
    err = RuntimeError('reused')
    try:
        raise err
    except RuntimeError:
        raise err
except RuntimeError as e:
    print(e.__context__ is None)
try:
    raise ValueError('x') from KeyError
except ValueError as e:
    print(repr(e.__cause__))
e1 = ValueError('one')
e2 = ValueError('two')
e1.__context__ = e2
e2.__context__ = e1
try:
    raise e1
except ValueError as caught:
    print('cycle handled', caught is e1)
