# The second tier (ophis.vm.tier2) making instances itself: a compiled
# block calling a class made by object.__new__ whose __init__ is an Ophis
# function with a leaf entry block (a few stores) makes the instance and
# runs __init__'s block directly, without the construct shim frame; when
# __init__ does not return at once (a branch, an exception) the shim is
# made under it and it goes on in the loop.  Each class below is made
# often enough to be compiled at the default thresholds, then something
# looks at the calls -- tracebacks, __init__ returning a value, f_lineno
# and f_back from a property __init__ reads, kept frames, finalizers,
# RecursionError's depth, KeyboardInterrupt, tracing and profiling started
# in __init__, generators made there -- all as python3's.
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


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point(Vector):
    pass


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


# Plain results, an inherited __init__ too.
def plain(n):
    total = 0
    for i in range(n):
        v = Vector(i, 1)
        p = Point(2, i)
        total += Pair(v, p).b.y + v.x
    return total


print('plain', plain(3 * WARM))


# Tracebacks through an __init__ that raises: its line and carets, then
# the caller's (a call over two lines); caught in the caller's handler.
class Ratio:
    def __init__(self, a, b):
        self.a = a
        self.r = (a /
                  b)


def through(n):
    total = 0
    for i in range(n):
        total += Ratio(i, 2 * WARM - i).r + Ratio(
            1, 1).r
    return total


show(through, 3 * WARM)


def caught(n):
    count = 0
    for i in range(n):
        try:
            count += Ratio(i, i % 5).a
        except ZeroDivisionError as exc:
            count -= len(exc.args)
    return count


print('caught', caught(3 * WARM))


# An __init__ that returns a value (TypeError at the CALL, the instance
# finalized), and one that returns None explicitly.
class Returns:
    def __init__(self, v):
        self.v = v
        return v

    def __del__(self):
        if type(self.v) is int and self.v % 997 == 0:
            print('del Returns', self.v, sys._getframe(1).f_code.co_name)


class ReturnsNone:
    def __init__(self, v):
        self.v = v
        return None


def returning(n, values):
    total = 0
    for i in range(n):
        total += ReturnsNone(i).v
        if i > 2 * WARM:
            total += Returns(values[i % len(values)]).v
    return total


print('returns none', returning(2 * WARM, [None]))
show(returning, 3 * WARM, [None, 3])
show(returning, 3 * WARM, ['x'])
show(returning, 3 * WARM, [3.5])


# The same once __init__ is hot itself (its block compiled and run
# directly by the caller's block): a value after many Nones.
class ReturnsLate:
    def __init__(self, v, result):
        self.v = v
        return result

    def __del__(self):
        if self.v == 3 * WARM - 1:
            print('del ReturnsLate', self.v, sys._getframe(1).f_code.co_name)


def returning_late(n, at):
    total = 0
    for i in range(n):
        # (Not ReturnsLate(i, 7 if ... else None): the call would start a
        # block after the branches join, and a block's first CALL runs the
        # handler.)
        result = 7 if i == at else None
        total += ReturnsLate(i, result).v
    return total


show(returning_late, 3 * WARM, 3 * WARM - 1)


# A finalizer of the instance when __init__ raises: it runs before the
# exception reaches the caller's handler.
class Fragile:
    def __init__(self, v):
        self.v = v
        self.w = 10 // v

    def __del__(self):
        if self.v == 0:
            print('del Fragile', sys._getframe(1).f_code.co_name)


def fragile(n):
    total = 0
    for i in range(n):
        try:
            total += Fragile(i % 700).w
        except ZeroDivisionError:
            print('caught Fragile', i)
    return total


print('fragile', fragile(3 * WARM))


# What a property __init__ reads sees: its own line, __init__'s line, and
# the caller's line (read from the caller's block while __init__ runs).
class Probe:
    @property
    def where(self):
        me = sys._getframe(0)
        init = sys._getframe(1)
        caller = init.f_back
        return (me.f_lineno, init.f_code.co_name, init.f_lineno,
                caller.f_code.co_name, caller.f_lineno,
                sys._getframe(2) is caller)


class Looker:
    def __init__(self, p):
        self.p = p
        self.seen = (1,
                     p.where)


def looking(n):
    p = Probe()
    last = None
    for i in range(n):
        last = Looker(
            p).seen
    return last


print('looking', *looking(3 * WARM))


# Frames kept after __init__ returned: f_lineno is where it returned.
class Grab:
    @property
    def frame(self):
        return sys._getframe(1)


class Keeper:
    def __init__(self, g, k):
        self.k = k + 1
        self.frame = g.frame
        self.z = (
            k)


def keep_loop(n):
    g = Grab()
    last = None
    for i in range(n):
        last = Keeper(g, i)
    return last.frame.f_lineno, last.frame.f_code.co_name, last.z


print('kept', *keep_loop(3 * WARM))


# Finalizers of __init__'s locals and of unused instances: the caller
# running then (its name and its line).
class Tracked:
    count = 0

    def __init__(self, k):
        self.k = k

    def __del__(self):
        Tracked.count += 1
        if Tracked.count % 700 == 0:
            caller = sys._getframe(1)
            print('del', self.k, caller.f_code.co_name, caller.f_lineno)


class Holder:
    def __init__(self, obj, k):
        y = obj
        self.k = k


def finalizing(n):
    total = 0
    for i in range(n):
        total += Holder(Tracked(i),
                        i).k
        Tracked(-i)
        total += 1
    return total


print('finalizing', finalizing(3 * WARM))


# RecursionError: the depth where it comes is python3's, through a
# recursive construction and a leaf __init__ made at every level.
DEPTH = [0]


class Leafy:
    def __init__(self, n):
        DEPTH[0] = n
        self.n = n


def descend(n):
    m = Leafy(n).n + 1
    if m > 0:
        return descend(m)
    return m


class Node:
    def __init__(self, n):
        DEPTH[0] = n
        self.child = Node(n + 1) if n >= 0 else None


for _ in range(3):
    try:
        descend(0)
    except RecursionError as exc:
        print('recursion', DEPTH[0], exc)
for _ in range(WARM):
    Node(-1)
for _ in range(3):
    try:
        Node(0)
    except RecursionError as exc:
        print('node recursion', DEPTH[0], exc)


# KeyboardInterrupt raised inside __init__: raise_signal, interrupt_main.
class Interrupted:
    def __init__(self, i, how):
        self.i = i
        if i == 2 * WARM:
            if how:
                signal.raise_signal(signal.SIGINT)
            else:
                _thread.interrupt_main()
        self.j = i


class Quiet:
    def __init__(self, i, how):
        self.i = i
        self.how = how


def interrupt_loop(n, how):
    total = 0
    for i in range(n):
        total += Quiet(i, how).i + Interrupted(i, how).j
    return total


show(interrupt_loop, 3 * WARM, True)
show(interrupt_loop, 3 * WARM, False)


# Tracing and profiling started inside __init__ (by a property it
# reads): the events from there on.
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


class Switch:
    def __init__(self, s, k):
        self.on = s.go + k


class Quick:
    def __init__(self, k):
        self.k = k


def traced_loop(n, what):
    s = Starter(2 * WARM, what)
    total = 0
    for i in range(n):
        total += Switch(s, i).on + Quick(i).k
        total += len([i])
    return total


for what in ('trace', 'profile'):
    print(what, traced_loop(2 * WARM + 3, what))
    sys.settrace(None)
    sys.setprofile(None)
    for event in EVENTS:
        print(' ', *event)
    EVENTS.clear()


# Generators made in __init__ (not a leaf: the handler's path), an
# __init__ that branches (its next blocks run directly while leaves),
# keyword arguments and defaults (the handler binds them).
class Gen:
    def __init__(self, n):
        self.g = (x * 2 for x in range(n))
        self.n = n


class Branchy:
    def __init__(self, x):
        if x & 1:
            self.x = x * 3
        else:
            self.x = x // 2


class Defaults:
    def __init__(self, a, b=2):
        self.c = a + b


def others(n):
    total = 0
    for i in range(n):
        total += sum(Gen(i & 7).g) + Branchy(i).x
        total += Defaults(i).c + Defaults(i, b=i).c + Defaults(1, 2).c
    return total


print('others', others(3 * WARM))
