import sys

print(sys.exc_info(), sys.exception())
try:
    raise ValueError('a')
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exception())
    try:
        raise TypeError('b')
    except TypeError:
        print(sys.exception())
    print(sys.exception())
print(sys.exc_info(), sys.exception())

def helper():
    return sys.exception()

try:
    raise KeyError('k')
except KeyError:
    print(repr(helper()))

def gen():
    try:
        raise RuntimeError('in gen')
    except RuntimeError:
        yield sys.exception()
        yield sys.exception()

g = gen()
print(repr(next(g)))
print(sys.exception())
try:
    raise IndexError('outer')
except IndexError:
    print(repr(next(g)))

try:
    raise
except RuntimeError as exc:
    print(exc)
