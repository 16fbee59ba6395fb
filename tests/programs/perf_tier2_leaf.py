# The second tier (ophis.vm.tier2) running leaf callees itself: a compiled
# block calling an Ophis function or method whose entry is a compiled block
# that makes no frame of its own (a getter, a comparison, small arithmetic)
# runs that block directly, without the loop's dispatch; when the callee
# does not return at once (a branch, an exception) it goes on in the loop.
# Each function below runs often enough to be compiled at the default
# thresholds, then something looks at the calls -- tracebacks, f_lineno and
# f_back from a property or an operator method the callee uses, frames kept
# after they returned, finalizers of the callee's locals, RecursionError's
# depth, KeyboardInterrupt, tracing and profiling started in a callee --
# all as python3's.
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


class Var:
    def __init__(self, value):
        self.value = value
        self.scale = 2

    def get(self):
        return self.value

    def same(self, other):
        return self.value == other.value

    def scaled(self, k):
        return (self.value *
                self.scale + k)


def plus(a, b):
    return a + b


# Plain results: functions and methods whose whole body is one block.
def plain(n):
    a = Var(3)
    b = Var(3)
    total = 0
    for i in range(n):
        total += a.get() + plus(i, 1)
        if a.same(b):
            total += a.scaled(i & 7)
        m = b.scaled
        total = plus(total, m(1)) & 0xffffff
    return total


print('plain', plain(3 * WARM))


# Tracebacks through a leaf that raises: its line and carets, then the
# caller's (a call over two lines); caught in the caller's own handler.
def through(n, v):
    total = 0
    for i in range(n):
        if i == 2 * WARM:
            v.scale = None
        total += v.get() + v.scaled(
            i)
    return total


show(through, 3 * WARM, Var(2))


def caught(n):
    v = Var(1)
    count = 0
    for i in range(n):
        v.scale = None if i % 5 == 0 else 3
        try:
            count += v.scaled(i)
        except TypeError as exc:
            count -= len(exc.args)
    return count


print('caught', caught(3 * WARM))


# What a property and an operator method called from a leaf see: their
# own line, the leaf's line, and the caller's line (read from the caller's
# block while the leaf runs).
SEEN = []


class Probe:
    def __init__(self):
        self.n = 0

    @property
    def where(self):
        me = sys._getframe(0)
        leaf = sys._getframe(1)
        caller = leaf.f_back
        self.n += 1
        return (me.f_lineno, leaf.f_code.co_name, leaf.f_lineno,
                caller.f_code.co_name, caller.f_lineno)

    def __add__(self, other):
        leaf = sys._getframe(1)
        return (leaf.f_code.co_name, leaf.f_lineno,
                leaf.f_back.f_code.co_name, leaf.f_back.f_lineno)


def look(p):
    return (1,
            p.where)


def add_look(p, q):
    return p + q


def looking(n):
    p = Probe()
    last = None
    for i in range(n):
        last = look(p)
        other = add_look(p,
                         i)
    return last, other


print('looking', *looking(3 * WARM))


# Frames kept after they returned (a property hands out the leaf's frame):
# f_lineno is where they returned.
class Grab:
    @property
    def frame(self):
        return sys._getframe(1)


def keeper(g, k):
    x = k + 1
    frame = g.frame
    return (frame,
            x)


def keep_loop(n):
    g = Grab()
    last = None
    for i in range(n):
        last = keeper(g, i)
    return last


frame, value = keep_loop(3 * WARM)
print('kept', frame.f_lineno, frame.f_code.co_name, value)


# Finalizers of the leaf's locals run when its frame is done, the caller
# being the running frame then (its name and its line).
class Tracked:
    count = 0

    def __init__(self, k):
        self.k = k

    def __del__(self):
        Tracked.count += 1
        if Tracked.count % 700 == 0:
            caller = sys._getframe(1)
            print('del', self.k, caller.f_code.co_name, caller.f_lineno)


def consume(obj, k):
    y = obj
    return k + 1


def finalizing(n):
    total = 0
    for i in range(n):
        total += consume(Tracked(i),
                         i)
    return total


print('finalizing', finalizing(3 * WARM))


# RecursionError: the depth where it comes is python3's, a leaf called at
# every level of a recursion.
DEPTH = [0]


def leaf_depth(n):
    DEPTH[0] = n
    return n + 1


def descend(n):
    m = leaf_depth(n)
    if m > 0:
        return descend(m)
    return m


for _ in range(3):
    try:
        descend(0)
    except RecursionError as exc:
        print('recursion', DEPTH[0], exc)


# KeyboardInterrupt raised inside a leaf (by a property it reads):
# raise_signal and interrupt_main.
class Interrupter:
    def __init__(self):
        self.i = 0
        self.how = True

    @property
    def tick(self):
        self.i += 1
        if self.i == 2 * WARM:
            if self.how:
                signal.raise_signal(signal.SIGINT)
            else:
                _thread.interrupt_main()
        return 1


def ticks(t, k):
    return t.tick + k


def interrupt_loop(n, how):
    t = Interrupter()
    t.how = how
    total = 0
    for i in range(n):
        total += ticks(t, i) + plus(i, 2)
    return total


show(interrupt_loop, 3 * WARM, True)
show(interrupt_loop, 3 * WARM, False)


# Tracing and profiling started inside a leaf (by a property it reads):
# the events from there on.
EVENTS = []


def tracer(frame, event, arg):
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def profiler(frame, event, arg):
    EVENTS.append((event, frame.f_code.co_name,
                   getattr(arg, '__name__', None)))


class Starter:
    def __init__(self, at, what):
        self.i = 0
        self.at = at
        self.what = what

    @property
    def go(self):
        self.i += 1
        if self.i == self.at:
            if self.what == 'trace':
                sys.settrace(tracer)
            else:
                sys.setprofile(profiler)
        return 0


def start_in(s, k):
    return s.go + k


def traced_loop(n, what):
    s = Starter(2 * WARM, what)
    total = 0
    for i in range(n):
        total += start_in(s, i) + plus(i, 1)
        total += len([i])
    return total


for what in ('trace', 'profile'):
    print(what, traced_loop(2 * WARM + 3, what))
    sys.settrace(None)
    sys.setprofile(None)
    for event in EVENTS:
        print(' ', *event)
    EVENTS.clear()


# Generators and coroutines called from blocks are not leaves (their entry
# makes the generator); a generator's own return.
def gen(n):
    yield n
    return n * 2


async def coro(n):
    return n + 1


def use_generators(n):
    total = 0
    for i in range(n):
        g = gen(i)
        total += next(g)
        c = coro(i)
        try:
            c.send(None)
        except StopIteration as stop:
            total += stop.value
        for v in gen(i):
            total += v
    return total


print('generators', use_generators(3 * WARM))


# A leaf that branches, loops or leaves through a side exit: the blocks it
# goes on to are run by the caller too while they are leaves, the rest by
# the loop.
def branchy(x):
    if x & 1:
        return x * 3
    return x // 2


def unpacks(pair):
    a, b = pair
    return a - b


def either(a, b):
    return a or b


def both(a, b):
    return a and b


def spin(k):
    i = 0
    while i < k:
        i += 1
    return i


def side_exits(n):
    total = 0
    for i in range(n):
        total += branchy(i) + unpacks((i, 1) if i % 3 else iter((i, 2)))
        total += spin(i & 3)
        total += either(i & 1, 5) + both(i & 2, 7)
    return total


print('side exits', side_exits(3 * WARM))
