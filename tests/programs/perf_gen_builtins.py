# sum(), any(), all(), max(), min(), sorted() and str.join() of an Ophis
# generator run it inline in the caller's loop (ophis.vm.generators.
# consuming_frame): what each must keep exact, compared with python3.
# The hot loops at the end run the same calls from compiled blocks.
import sys
import gc
import traceback
from fractions import Fraction
from decimal import Decimal


def numbers(n, log=None):
    try:
        for i in range(n):
            yield i
    finally:
        if log is not None:
            log.append(('finally', n))


# Results and their types.
r = range(7)
print(sum(x for x in r), sum(x * 0.1 for x in r), sum(x / 3 for x in r))
print(sum(x for x in [1, 2.5, True, 10 ** 30]), sum(x for x in [True, True]))
print(sum(x for x in [10 ** 30, 1.5]), sum(x for x in [0.1] * 10))
print(sum(x for x in [1e308, 1e308, -1e308]), sum(x for x in [-0.0]))
print(sum(x for x in [2 ** 62, 2 ** 62, 2 ** 62]), sum(x for x in []))
print(repr(sum(x for x in [float('nan'), 1])), sum(x for x in [1.5, 2 ** 53 + 1]))
print(sum(Fraction(1, x) for x in range(1, 6)), sum(Decimal(x) / 3 for x in r))
print(sum(x for x in [1, Fraction(1, 2), 2.0]), sum(x for x in [0.5, Fraction(1, 2)]))
print(any(x > 3 for x in r), all(x < 3 for x in r), any(x for x in ()), all(x for x in ()))
print(any(x for x in [0, 0.0, '', None, (), [], {}, b'']), all(x for x in [1, 'a', (0,), [0]]))
print(max(x % 5 for x in r), min(-x for x in r), max(str(x) for x in range(12)))
print(max(x for x in [1, 1.0, True]), min(x for x in [1.0, 1, True]), max(x for x in [2, 2.5, 2]))
print(repr(max(x for x in [float('nan'), 1, 2])), repr(min(x for x in [1, float('nan')])))
print(",".join(str(x) for x in r), "".join(x for x in ()), sorted(-x for x in r))
print(sorted(str(x) for x in range(12)), sorted(x for x in [3, 1.5, True]))
sep = ' - '
print(sep.join(x * 2 for x in 'abc'), type(sum(x for x in [True])))


# any()/all() stop at the deciding value: the generator is finalized (its
# finally runs) before the result is printed, as python3 drops it.
def noisy(values, log):
    try:
        for v in values:
            log.append(('yield', v))
            yield v
    finally:
        log.append('finally')


log = []
print(any(x > 2 for x in noisy(range(10), log)), log)
log = []
print(all(x < 1 for x in noisy(range(10), log)), log)
log = []
print(any(noisy([0, 0], log)), log)
g = noisy(range(5), [])
print(any(x == 1 for x in g), g.gi_running, g.gi_frame is not None)
print(list(g))
it = iter(range(10))
print(any(x == 3 for x in it), list(it))
g = numbers(10)
print(any(v == 2 for v in g), next(g, 'empty'))
g = numbers(10)
print(all(g), next(g), sum(g), sum(g))


# Values whose operation runs guest code (__radd__, __gt__, __bool__):
# called with the generator suspended and the caller on top, as python3.
class V:
    def __init__(self, v):
        self.v = v

    def where(self, what):
        frame = sys._getframe(2)
        running = current.gi_running if current is not None else None
        print('  ', what, self.v, frame.f_code.co_name, running)

    def __bool__(self):
        self.where('bool')
        return bool(self.v)

    def __gt__(self, other):
        self.where('gt')
        return self.v > getattr(other, 'v', other)

    def __lt__(self, other):
        self.where('lt')
        return self.v < getattr(other, 'v', other)

    def __radd__(self, other):
        self.where('radd')
        return other + self.v

    def __add__(self, other):
        self.where('add')
        return self.v + getattr(other, 'v', other)


current = None


def mixed(values):
    for v in values:
        yield V(v) if v >= 10 else v


def caller():
    global current
    current = g = mixed([1, 2, 10, 3, 11])
    print(sum(g))
    current = g = mixed([0, 0, 10, 0])
    print(any(g))
    current = g = mixed([1, 10, 0, 3])
    print(all(g))
    current = g = mixed([10, 12, 11])
    print(max(g).v)
    current = g = mixed([3, 12, 11])
    print(min(g))
    current = g = (V(x) for x in [2, 1, 3])
    print([v.v for v in sorted(g)])
    current = None


caller()


# Failures in the consumer's own step: raised at the CALL after the
# generator is finalized; failures inside the generator leave through it.
def show(call):
    try:
        print('  result', call())
    except Exception as error:
        print('  ', type(error).__name__, error)
        lines = traceback.format_exc().splitlines()
        for line in lines[1:-1]:
            print('   |', line)


log = []
show(lambda: sum(x for x in noisy([1, 'a', 2], log)))
print(log)
log = []
show(lambda: max(x for x in noisy([1, 'a', 2], log)))
print(log)
log = []
show(lambda: min(x for x in noisy([], log)))
show(lambda: max(x for x in ()))
show(lambda: "".join(x for x in noisy(['a', 1, 'b'], log)))
print(log)
show(lambda: ",".join(x for x in ['a', 'b', b'c']))
show(lambda: sorted(x for x in [1, 'a']))
show(lambda: sum(x for x in [1.0, 10 ** 400]))
show(lambda: sum(1 / x for x in [1, 0]))
show(lambda: any(1 / x for x in [0]))
show(lambda: max(int(x) for x in ['1', 'z']))


def stops():
    yield 1
    raise StopIteration('inner')


show(lambda: sum(stops()))
show(lambda: any(x == 5 for x in stops()))


def self_consuming():
    yield sum(me)


me = self_consuming()
show(lambda: next(me))


# Generators partly consumed, finished, closed, never started.
g = numbers(5)
print(next(g), sum(g), sum(g), max(numbers(1)), min(numbers(3)))
g = numbers(3)
g.close()
print(sum(g), any(g), all(g), sorted(g))


# The generator's frame while it runs: f_back is the caller; exception
# state is linked in front of the caller's.
def inspecting():
    frame = sys._getframe()
    yield frame.f_back.f_code.co_name
    yield str(sys.exc_info()[0])


def run_inspecting():
    try:
        raise KeyError('k')
    except KeyError:
        print(sorted(inspecting()), '|'.join(inspecting()))


run_inspecting()


# KeyboardInterrupt from inside a consumed generator.
def interrupted():
    yield 1
    raise KeyboardInterrupt


try:
    sum(interrupted())
except KeyboardInterrupt:
    print('KeyboardInterrupt', traceback.format_exc().count('\n'))


# Depth: RecursionError through nested consumers.
best = [0]


def deep(n):
    best[0] = max(best[0], n)
    return sum(deep(n + 1) for _ in range(1))


limit = sys.getrecursionlimit()
sys.setrecursionlimit(250)
try:
    deep(0)
except RecursionError as error:
    print('RecursionError', best[0] > 50)
sys.setrecursionlimit(limit)


# Tracing and profiling: the events of each resumption; the builtin's
# c_call and c_return.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ('traced', '<genexpr>'):
        shown = arg[0] if event == "exception" else arg
        events.append((frame.f_code.co_name, event, frame.f_lineno, shown))
    return tracer


def traced():
    yield 1
    yield 2


sys.settrace(tracer)
print(sum(traced()), any(v > 0 for v in range(2)), ' '.join(str(v) for v in range(2)))
sys.settrace(None)
for e in events:
    print(' ', e)
events = []


def profiler(frame, event, arg):
    name = getattr(arg, '__name__', None) if event.startswith('c_') else None
    events.append((frame.f_code.co_name, event, name))


sys.setprofile(profiler)
print(sum(traced()), max(v for v in range(2)))
sys.setprofile(None)
for e in events:
    print(' ', e)


# Hot loops: the same calls from compiled blocks.
log = []
total = 0
for i in range(1500):
    total += sum(x for x in r) + max(x % 4 for x in r) + min(numbers(3, log))
    total += any(x > i % 9 for x in r) + all(x < 5 for x in r)
    total += len("".join(str(x) for x in r)) + len(sorted(x for x in r))
    total += sum(x * 0.5 for x in r)
    if i == 1400:
        show(lambda: sum(x for x in [1, None]))
        show(lambda: max(x for x in ()))
print(total, len(log), log[-1])
gc.collect()


# Yields in compiled blocks (a block ending at YIELD_VALUE): a suspended
# generator's f_lineno and f_lasti, hot; tracing started from inside.
def lines(n):
    for i in range(n):
        a = i * 2
        yield a
        b = a + 1
        yield b


seen = set()
for i in range(400):
    g = lines(3)
    for v in g:
        frame = g.gi_frame
        seen.add((v % 2, frame.f_lineno))
print(sorted(seen))


def tracer2(frame, event, arg):
    if frame.f_code.co_name == 'lines':
        events.append((event, frame.f_lineno))
    return tracer2


events = []
total = 0
for i in range(300):
    if i == 299:
        sys.settrace(tracer2)
    total += sum(lines(2))
sys.settrace(None)
print(total, events)
