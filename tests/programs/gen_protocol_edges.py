def running():
    me = yield 'first'
    try:
        next(me)
    except ValueError as exc:
        yield str(exc)

g = running()
next(g)
print(g.send(g))

def returner():
    yield 1
    return (2, 3)
r = returner()
next(r)
try:
    next(r)
except StopIteration as s:
    print(s.value, s.args)

def exhausted():
    yield 1
e = exhausted()
list(e)
print(next(e, 'default'))
print(e.send(None) if False else 'skip')
try:
    e.send(None)
except StopIteration:
    print('send to exhausted: StopIteration')
try:
    e.throw(ValueError('late'))
except ValueError as exc:
    print('throw to exhausted:', exc)
e.close()

def throw_types():
    while True:
        try:
            yield
        except Exception as exc:
            print('gen got', type(exc).__name__, exc.args)

t = throw_types()
next(t)
t.throw(KeyError)
t.throw(KeyError, 'with value')
t.throw(KeyError('instance'))
try:
    t.throw(1)
except TypeError as exc:
    print(exc)
try:
    t.throw(KeyError('a'), 'b')
except TypeError as exc:
    print(exc)

def closer():
    try:
        yield
    finally:
        print('cleanup, state', sys.exception())
import sys
c = closer()
next(c)
c.close()
c.close()
print(c.gi_frame, c.gi_suspended, c.gi_running)

def raises_on_close():
    try:
        yield
    except GeneratorExit:
        raise ValueError('on close')
x = raises_on_close()
next(x)
try:
    x.close()
except ValueError as exc:
    print('close raised', exc)

def gen_repr():
    yield
gr = gen_repr()
print(gr.__name__, gr.__qualname__, type(gr).__name__)
gr.__name__ = 'renamed'
print(gr.__name__)
