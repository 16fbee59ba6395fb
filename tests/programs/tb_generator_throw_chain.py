def inner():
    try:
        yield 1
    except KeyError as e:
        raise LookupError('inner could not handle') from e

def outer():
    yield from inner()

g = outer()
next(g)
g.throw(KeyError('missing'))
