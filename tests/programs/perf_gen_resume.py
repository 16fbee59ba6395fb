# Generator resumption's fast paths (Generator.__next__ from host code,
# FOR_ITER inline, the RESUME after a yield stepped over): what each must
# keep exact, compared with python3.
import sys
import gc


def numbers(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print('  got', got)
    finally:
        print('  numbers finally', n)


# Resumed by host code (next, list, tuple, zip) and by Ophis code (for,
# yield from) alternately.
g = numbers(16)
print(next(g))
for v in g:
    print('for', v)
    if v == 2:
        break
print(list(zip(g, 'ab')))
for v in g:
    print('for', v)
    if v >= 7:
        break
print(tuple(x for _, x in zip(range(2), g)))
print(g.send('sent'))
print(next(g), next(g))
print(list(g))
print(next(g, 'exhausted'))


def delegate(n):
    yield from numbers(n)


d = delegate(4)
print(next(d), d.send('into delegate'), list(d))

# Thrown into between fast resumptions.
g = numbers(10)
print(next(g), next(g))
try:
    g.throw(ValueError('thrown'))
except ValueError as error:
    print('throw came back:', error)
print(g.gi_frame, next(g, 'done'))


def catcher():
    while True:
        try:
            yield 'ok'
        except KeyError as error:
            print('  caught', repr(error), sys.exception() is error)
            yield 'after catch'


c = catcher()
print(next(c), next(c), c.throw(KeyError('k')), next(c), next(c))
for i, v in enumerate(c):
    if i == 2:
        break
print(c.throw(KeyError('again')), next(c))
c.close()
print('closed', c.gi_frame, c.gi_suspended, c.gi_running)

# Closed while suspended after fast resumptions; finalized when collected.
g = numbers(5)
print(next(g), next(g))
for v in g:
    if v == 3:
        break
g.close()
print('after close', next(g, 'nothing'))
g = numbers(6)
print(sum(x for x, _ in zip(g, range(3))))
del g
gc.collect()
print('collected')


# gi_running / gi_suspended / gi_frame / f_back / f_lineno seen from inside
# and outside, resumed each way.
def introspect():
    me = yield
    while True:
        frame = me.gi_frame
        back = frame.f_back
        print('  running', me.gi_running, me.gi_suspended,
              back.f_code.co_name if back is not None else None,
              frame.f_lineno - first_line)
        yield frame.f_lasti >= 0


first_line = introspect.__code__.co_firstlineno
it = introspect()
next(it)
it.send(it)
print('suspended', it.gi_suspended, it.gi_running, it.gi_frame.f_back,
      it.gi_frame.f_lineno - first_line)
print(next(it))


def drive():
    for v in it:
        print('inline', v)
        return


drive()
print(list(map(lambda _: next(it), range(2))))


# sys.exc_info inside generators resumed each way, while the resumer is
# handling another exception.
def exc_seen():
    while True:
        yield repr(sys.exception())
        try:
            raise IndexError('inside')
        except IndexError:
            yield repr(sys.exception())
        yield repr(sys.exception())


e = exc_seen()
try:
    raise OSError('outer')
except OSError:
    print(next(e), next(e), next(e))
    for i, v in enumerate(e):
        print('inline', v)
        if i == 3:
            break
print(next(e), next(e), repr(sys.exception()))


# StopIteration raised inside becomes RuntimeError, resumed each way.
def leaky(n):
    yield from range(n)
    raise StopIteration('leak')


for resumer in (list, tuple, lambda gen: [v for v in gen]):
    try:
        resumer(leaky(2))
    except RuntimeError as error:
        print(type(error).__name__, error, repr(error.__cause__),
              error.__context__ is error.__cause__)


# An exception in a generator resumed from host code: the traceback.
def fails():
    yield 1
    1 / 0


try:
    list(fails())
except ZeroDivisionError as error:
    tb = error.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('traceback', names)

# Running: next() of a generator from inside itself.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as error:
    print('ValueError', error)

# Just-started generators: send(non-None) fails, send(None) starts.
g = numbers(3)
try:
    g.send(1)
except TypeError as error:
    print('TypeError', error)
print(g.send(None), next(g))


# Recursion through host-driven resumption: RecursionError, not a crash,
# and the generators still usable after.
def nested(depth):
    if depth:
        yield from list(nested(depth - 1))
    yield depth


sys.setrecursionlimit(200)
try:
    print(len(list(nested(1000))))
except RecursionError as error:
    print('RecursionError', error)
sys.setrecursionlimit(1000)
print(list(nested(5)))


# Tracing started while a generator is suspended: its resumption sends the
# 'call' event (the RESUME is not stepped over).
def traced_gen():
    yield 'a'
    yield 'b'
    yield 'c'


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'traced_gen':
        events.append((event, frame.f_lineno - traced_gen.__code__.co_firstlineno))
    return tracer


t = traced_gen()
print(next(t))
sys.settrace(tracer)
print(next(t))
for v in t:
    print('traced inline', v)
sys.settrace(None)
print(events)

# Tracing stopped: the fast paths again, still exact.
t = traced_gen()
print(next(t), [v for v in t])

# A jump set by a debugger while suspended (f_lineno from a trace
# function), then fast resumption.
print(list(numbers(2)), sum(x * x for x in range(10)))
