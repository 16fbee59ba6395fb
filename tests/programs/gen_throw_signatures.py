import sys
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e.args, e.__traceback__ is not None)

c = catcher()
next(c)
c.throw(ValueError)
c.throw(ValueError('inst'))
c.throw(ValueError, 'val')
c.throw(ValueError, ('a', 'b'))
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
c.throw(KeyError, KeyError('k'), tb)
try:
    c.throw(ValueError('x'), 'extra')
except TypeError as e:
    print(e)
try:
    c.throw(5)
except TypeError as e:
    print(e)
try:
    c.throw(ValueError, None, 'notatb')
except TypeError as e:
    print(e)

def unstarted():
    print('body runs?')
    yield
u = unstarted()
try:
    u.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('propagated', e, u.gi_frame)

def finisher():
    yield 1
f = finisher()
list(f)
try:
    f.throw(IndexError('after end'))
except IndexError as e:
    print('after end', e)

def yields_on_throw():
    try:
        yield 'first'
    except KeyError:
        yield 'from handler'
    yield 'last'
y = yields_on_throw()
print(next(y), y.throw(KeyError), next(y))
