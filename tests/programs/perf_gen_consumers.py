# tuple(gen), list(gen), set(gen) and frozenset(gen) of an Ophis generator
# run the generator inline in the caller's loop (ophis.vm.generators.
# collecting_frame) and send() has a fast path: what each must keep
# exact, compared with python3.  Each case also runs in a hot loop, where
# the second tier compiles the CALL.
import sys
import gc
import weakref


def numbers(n, log=None):
    try:
        for i in range(n):
            yield i
    finally:
        if log is not None:
            log.append(('finally', n, sys.exc_info()[0]))


r = range(6)
print(tuple(x for x in r), list(x * 2 for x in r), sorted(set(x % 3 for x in r)))
print(frozenset(x for x in 'abca') == frozenset('abc'), type(frozenset(x for x in 'a')))
empty = ()
print(tuple(x for x in ()) is empty, list(x for x in ()), set(x for x in ()))

# A generator partly consumed, finished, closed, never started.
g = numbers(5)
print(next(g), tuple(g), tuple(g), list(g))
g = numbers(3)
g.close()
print(list(g))
g = numbers(4)
print(set(g), g.gi_frame, g.gi_running, g.gi_suspended)

# The consumer fails on a value (unhashable): raised at the CALL, the
# generator finalized first (its finally runs before the handler).
log = []
def pairs(log):
    try:
        yield 1
        yield [2]
        yield 3
    finally:
        log.append(('finally', sys.exc_info()[0]))
try:
    set(pairs(log))
except TypeError as error:
    log.append(('caught', str(error), error.__context__))
print(log)

# ... while another exception is handled: that one becomes its context.
try:
    raise KeyError('outer')
except KeyError:
    try:
        frozenset([x] for x in range(2))
    except TypeError as error:
        print('context', repr(error.__context__))
    print('still', sys.exc_info()[0])


# An exception from the generator leaves through the CALL.
def failing():
    yield 1
    raise ValueError('inside')
try:
    tuple(failing())
except ValueError as error:
    tb = error.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print('ValueError', names)


def stops():
    yield 1
    raise StopIteration('s')
try:
    list(stops())
except RuntimeError as error:
    print(error, repr(error.__cause__), error.__context__ is error.__cause__)


# Frames, running state and exception state seen from inside.
def inspecting(box):
    me = box[0]
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_lineno
    yield me.gi_running, me.gi_suspended, me.gi_frame is f
    try:
        next(me)
    except ValueError as error:
        yield str(error)
    yield sys.exc_info()[0]
    try:
        raise IndexError
    except IndexError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def run_inspecting():
    box = []
    g = inspecting(box)
    box.append(g)
    return tuple(g)


print(run_inspecting())
try:
    raise KeyError
except KeyError:
    print(run_inspecting()[-3:])


# yield from inside a consumed generator; a consumer inside a consumer.
def outer():
    got = yield from numbers(3)
    yield got
    yield tuple(y * 10 for y in numbers(2))
print(list(outer()))
print(tuple(tuple(x for x in range(i)) for i in range(4)))


# The generator dies when the call is done (a weak reference's callback).
def dying():
    yield 1
def run_dying():
    g = dying()
    ref = weakref.ref(g, lambda ref: print('  gen collected'))
    value = tuple(g)
    print('  tuple done', value, g.gi_frame)
    del g
    print('  after del')
run_dying()
def run_dying_unnamed():
    print('  got', tuple(dying()))
    print('  after')
run_dying_unnamed()


# Depth: RecursionError at python3's depth through nested consumers.
best = [0]
def deep(n):
    best[0] = max(best[0], n)
    return tuple(deep(n + 1) for _ in range(1))
limit = sys.getrecursionlimit()
sys.setrecursionlimit(250)
try:
    deep(0)
except RecursionError as error:
    print('RecursionError', best[0] > 50)
sys.setrecursionlimit(limit)


# Tracing: the generator's call/line/return events per resumption.
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('traced', '<genexpr>'):
        events.append((frame.f_code.co_name, event, frame.f_lineno, arg))
    return tracer
def traced():
    x = 1
    yield x
    yield x + 1
sys.settrace(tracer)
print(list(traced()), set(v for v in range(2)))
sys.settrace(None)
for e in events:
    print(' ', e)


# send(): the fast path and its refusals.
def averager():
    total = count = 0
    value = yield
    while True:
        total += value
        count += 1
        value = yield total / count
a = averager()
try:
    a.send(1)
except TypeError as error:
    print(error)
print(a.send(None), a.send(4), a.send(8))
a.close()
try:
    a.send(1)
except StopIteration as stop:
    print('StopIteration', stop.args)
def returns():
    yield
    return 'done'
g = returns()
g.send(None)
try:
    g.send(5)
except StopIteration as stop:
    print('returned', stop.value)


# Hot loops: the same calls compiled by the second tier.
log = []
total = 0
for i in range(1500):
    total += len(tuple(x for x in r)) + len(set(x % 4 for x in r))
    total += sum(list(numbers(3, log)))
    if i == 1400:
        try:
            set([x] for x in range(i % 3 + 1))
        except TypeError as error:
            print('hot', error)
        try:
            tuple(failing())
        except ValueError as error:
            print('hot', error)
print(total, len(log), log[-1])
gc.collect()
