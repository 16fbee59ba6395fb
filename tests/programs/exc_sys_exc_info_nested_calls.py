import sys

def report(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, v, sys.exception() is v)

def helper():
    report('in helper')
    try:
        raise KeyError('inner')
    except KeyError:
        report('inner handler')
    report('after inner')

try:
    raise ValueError('outer')
except ValueError:
    report('outer handler')
    helper()
    report('outer again')
report('outside')

def gen():
    report('gen start')
    yield
    report('gen resumed')
g = gen()
try:
    raise TypeError('while starting')
except TypeError:
    next(g)
next(g, None)

def finally_state():
    try:
        raise OSError('in try')
    finally:
        report('in finally')
try:
    finally_state()
except OSError:
    pass

class CM:
    def __exit__(self, *exc):
        report('in __exit__')
    def __enter__(self):
        return self
try:
    with CM():
        raise ZeroDivisionError('in with')
except ZeroDivisionError:
    pass
def del_state():
    class D:
        def __del__(self):
            report('in __del__')
    try:
        raise MemoryError('fake')
    except MemoryError:
        d = D()
        del d
del_state()
print(sys.exc_info())
