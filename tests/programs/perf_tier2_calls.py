# The second tier (ophis.vm.tier2) through calls and returns: a compiled
# block makes the frame of an Ophis function or bound method it calls
# (CALL_AT) and returns the frame's value itself (RETURN_AT).  Each function
# below runs often enough to be compiled (the default thresholds: 512 calls
# or iterations to warm, then 128 runs of a block), then something looks at
# the calls: tracebacks through them, f_lineno and f_lasti of frames kept
# after they returned, the depth where RecursionError comes, tracing
# started in a callee, generators, KeyboardInterrupt -- all as python3's.
import signal
import sys
import traceback
import _thread

WARM = 1000


def show(function, *args):
    try:
        function(*args)
    except BaseException:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(lines[3:]))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return Point(self.x * k,
                     self.y * k)


def add(a, b):
    return a + b


def pad(a, b=10, *rest):
    return a + b + len(rest)


# Plain results: functions, bound methods (LOAD_METHOD and a stored
# bound method), defaults and star-args (the handler binds them), classes.
def mixed(n):
    p = Point(1, 2)
    total = 0
    for i in range(n):
        total += add(i, 1) + p.norm()
        m = p.scaled
        total += m(2).x
        total += pad(i) + pad(i, 1, 2, 3)
        total -= len([i, i])
    return total


print('mixed', mixed(3 * WARM))


# Tracebacks through a call made in a block: the caller's line and carets
# point at the call, the callee's at its raise.
def fails(x, limit):
    if x > limit:
        raise ValueError(x)
    return x


def through(n, limit):
    total = 0
    for i in range(n):
        total = total + fails(i, limit) * 2
    return total


show(through, 3 * WARM, 2 * WARM)


def method_fails(p, n):
    total = 0
    for i in range(n):
        total += p.norm() + p.scaled(i).x
        if i == 2 * WARM:
            p.y = None
    return total


show(method_fails, Point(1, 2), 3 * WARM)


# Caught in the caller's own handler, then the loop goes on.
def caught(n):
    count = 0
    for i in range(n):
        try:
            count += fails(i % 7, 5)
        except ValueError as exc:
            count -= exc.args[0]
    return count


print('caught', caught(3 * WARM))


# Frames kept after they returned: f_lineno and f_lasti are where they
# returned, from a block's RETURN_VALUE and RETURN_CONST, for frames
# called from a block and for frames entered from host code (map).
# (f_lasti is Ophis's instruction index, not CPython's byte offset.)
def keeper(k):
    frame = sys._getframe()
    x = k + 1
    return (frame,
            x)


def const_keeper(k):
    KEPT.append(sys._getframe())
    k = k + 1
    return None


KEPT = []


def keep_loop(n):
    last = None
    for i in range(n):
        last = keeper(i)
        const_keeper(i)
    return last


frame, value = keep_loop(3 * WARM)
print('kept', frame.f_lineno, value)
print('const kept', KEPT[-1].f_lineno)
pairs = list(map(keeper, range(3 * WARM)))
print('entry kept', pairs[-1][0].f_lineno)
KEPT.clear()
list(map(const_keeper, range(3 * WARM)))
print('entry const kept', KEPT[-1].f_lineno)
KEPT.clear()


# The caller's line while the callee runs.
def where(a, b):
    caller = sys._getframe(1)
    return caller.f_lineno


def multi_line(n):
    total = 0
    for i in range(n):
        total += where(i,
                       i)
        total += where(
            i, i) + add(1, 2)
    return total


print('multi_line', multi_line(3 * WARM))


# RecursionError: the depth where it comes is python3's, through calls
# made in blocks once the function is hot.
SEEN = [0]


def deep(n, limit):
    if n >= limit:
        return n
    SEEN[0] = n
    return deep(n + 1, limit)


for _ in range(60):
    deep(0, 40)
try:
    deep(0, 10 ** 9)
except RecursionError as exc:
    print('recursion', SEEN[0], exc)


class Deeper:
    def down(self, n):
        SEEN[0] = n
        return self.down(n + 1)


for _ in range(2):
    try:
        Deeper().down(0)
    except RecursionError as exc:
        print('method recursion', SEEN[0], exc)


# Tracing started inside a callee of a block: the events from there on.
EVENTS = []


def tracer(frame, event, arg):
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def starter(i):
    if i == 2 * WARM:
        sys.settrace(tracer)
    return i


def traced_loop(n):
    total = 0
    for i in range(n):
        total += starter(i) + add(i, 1)
    return total


print('traced', traced_loop(2 * WARM + 3))
sys.settrace(None)
for event in EVENTS:
    print(' ', *event)


# Generators: a generator function called in a block (its frame becomes
# a generator), a generator's return (its frame returns through the
# handler), and generators resumed by FOR_ITER in a block.
def gen(n):
    yield n
    x = n * 2
    return x


def use_generators(n):
    total = 0
    for i in range(n):
        g = gen(i)
        total += next(g)
        try:
            next(g)
        except StopIteration as stop:
            total += stop.value
        for v in gen(i):
            total += v
    return total


print('generators', use_generators(3 * WARM))


# KeyboardInterrupt inside a callee of a block: raise_signal and
# interrupt_main (handled at the next eval-breaker check).
def interrupted(i, how):
    if i == 2 * WARM:
        if how:
            signal.raise_signal(signal.SIGINT)
        else:
            _thread.interrupt_main()
    return i


def interrupt_loop(n, how):
    total = 0
    for i in range(n):
        total += interrupted(i, how) + add(i, 2)
    return total


show(interrupt_loop, 3 * WARM, True)
show(interrupt_loop, 3 * WARM, False)


# Classes called in a block: instances made by object.__new__ with an
# Ophis __init__ (the shim frame handed to the loop), a class with its own
# __new__, a host class, and an __init__ that raises or returns a value.
class Own:
    def __new__(cls, v):
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


class Strict:
    def __init__(self, v):
        if v > 2 * WARM:
            raise ValueError('too big', v)
        self.v = v


class Returns:
    def __init__(self, v):
        if v > 2 * WARM:
            return v
        self.v = v


def make_many(n, cls):
    total = 0
    for i in range(n):
        total += Point(i, 1).norm() + Own(i).v + int('7') + cls(i).v
    return total


print('classes', make_many(2 * WARM, Strict))
show(make_many, 3 * WARM, Strict)
show(make_many, 3 * WARM, Returns)
