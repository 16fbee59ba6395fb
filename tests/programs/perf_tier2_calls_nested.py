# The second tier (ophis.vm.tier2) running a callee's entry block that
# itself calls (compiler.CALLS) from the caller's block, one level deep:
# the callee's own calls run leaves directly and push anything else for
# the loop.  Each function below runs often enough to be compiled at the
# default thresholds; then something looks at the calls -- tracebacks
# through the nested callees (their lines and carets), f_lineno and f_back
# from a property and an operator method the inner callee uses, frames kept
# after they returned, finalizers of locals, RecursionError's depth, a
# class whose __init__ calls, KeyboardInterrupt and a signal handler in a
# nested callee, tracing and profiling started there, generators made
# there -- all as python3's.
import signal
import sys
import traceback
from math import sin, cos

N = 1500


class Probe:
    """A property and an operator method that report the frames above."""

    def __init__(self, v):
        self.v = v
        self.look = False

    @property
    def seen(self):
        if self.look:
            f0 = sys._getframe(0)
            f1 = sys._getframe(1)
            f2 = sys._getframe(2)
            f3 = sys._getframe(3)
            print('seen', f0.f_code.co_name, f0.f_lineno,
                  f1.f_code.co_name, f1.f_lineno,
                  f2.f_code.co_name, f2.f_lineno,
                  f3.f_code.co_name, f3.f_lineno,
                  f1.f_back is f2, f2.f_back is f3)
        return self.v

    def __add__(self, other):
        if self.look:
            f1 = sys._getframe(1)
            print('add', f1.f_code.co_name, f1.f_lineno,
                  f1.f_back.f_code.co_name, f1.f_back.f_lineno)
        return self.v + other


def leaf(p):
    return p.seen + 1


def leaf_add(p, k):
    return p + k


def middle(p, k):
    a = leaf(p)
    b = leaf_add(p, k)
    return a + b


def outer(p, n):
    t = 0
    for i in range(n):
        t += middle(p, i)
    return t


p = Probe(3)
print(outer(p, N))
p.look = True
print(outer(p, 1))
p.look = False


# Tracebacks through the nested callees: an error in the leaf the middle
# callee runs, in the middle callee after its call, and in a frame the
# middle callee's call pushed for the loop.
def failing_leaf(x):
    return 10 // x


def mid_calls_failing(x):
    y = failing_leaf(x)
    return y + 1


def mid_fails_after(x, d):
    y = failing_leaf(1)
    return y // d


def looping(x):
    t = 0
    for i in range(x):
        t += i
    return 10 // (t - t)


def mid_calls_looping(x):
    y = looping(x)
    return y


def drive(f, n, last):
    t = 0
    for i in range(n):
        t += f(*last) if i == n - 1 else f(*((1,) * len(last)))
    return t


for fn, last in ((mid_calls_failing, (0,)), (mid_fails_after, (1, 0)),
                 (mid_calls_looping, (3,))):
    try:
        drive(fn, N, last)
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
try:
    drive(mid_calls_failing, 3, (0,))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


# A frame kept after its return keeps its line; locals die where python3
# drops them (a finalizer prints).
kept = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name, sys._getframe(1).f_code.co_name)


def keep_leaf(x, keep):
    if keep:
        kept.append(sys._getframe())
    return x


def mid_keep(x, keep):
    n = Noisy(x) if keep else None
    y = keep_leaf(x, keep)
    return y


def drive_keep(n):
    t = 0
    for i in range(n):
        t += mid_keep(i, i == n - 1)
    return t


print(drive_keep(N))
print([(f.f_code.co_name, f.f_lineno) for f in kept])
kept.clear()


# RecursionError at python3's depth through callees whose entry calls.
def rec(n):
    return rec_leaf(n) + rec(n + 1)


def rec_leaf(n):
    return n


def depth_reached():
    count = [0]

    def counting(n):
        count[0] = n
        return rec_leaf(n) + counting(n + 1)
    try:
        counting(0)
    except RecursionError as e:
        return count[0], str(e)


for _ in range(3):
    print(depth_reached())
try:
    rec(0)
except RecursionError as e:
    print('rec', e)


# A class whose __init__ calls (a builtin, an Ophis function): made by the
# caller's block, __init__ run directly; __init__ returning a value, and
# raising.
def scale(v):
    return v * 2


class Point:
    def __init__(self, i, bad=0):
        self.x = x = sin(i)
        self.y = scale(cos(i))
        if bad == 1:
            return 5
        if bad == 2:
            raise ValueError('bad point ' + str(i))
        self.z = x * x


def make_points(n, bad):
    out = []
    for i in range(n):
        out.append(Point(i, bad if i == n - 1 else 0))
    return out


print(round(sum(q.y for q in make_points(N, 0)), 6))
for bad in (1, 2):
    try:
        make_points(N, bad)
    except (TypeError, ValueError):
        traceback.print_exc(file=sys.stdout)


# KeyboardInterrupt and a signal handler's exception in a nested callee.
def raising_leaf(x, go):
    if go:
        signal.raise_signal(signal.SIGINT)
    return x


def mid_signal(x, go):
    y = raising_leaf(x, go)
    return y + 1


def drive_signal(n):
    t = 0
    for i in range(n):
        t += mid_signal(i, i == n - 1)
    return t


try:
    drive_signal(N)
except KeyboardInterrupt:
    traceback.print_exc(file=sys.stdout)


class Alarm(Exception):
    pass


def on_usr1(signum, frame):
    raise Alarm(frame.f_code.co_name)


signal.signal(signal.SIGUSR1, on_usr1)


def usr1_leaf(x, go):
    if go:
        signal.raise_signal(signal.SIGUSR1)
    return x


def mid_usr1(x, go):
    y = usr1_leaf(x, go)
    return y + 1


try:
    t = 0
    for i in range(N):
        t += mid_usr1(i, i == N - 1)
except Alarm as e:
    print('alarm', e)
    traceback.print_exc(file=sys.stdout)


# Tracing and profiling started in a nested callee's callee.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def start_leaf(x, go, how):
    if go:
        how(tracer)
    return x


def mid_trace(x, go, how):
    y = start_leaf(x, go, how)
    z = y + 1
    return z


for how in (sys.settrace, sys.setprofile):
    events.clear()
    t = 0
    for i in range(N):
        t += mid_trace(i, i == N - 1, how)
    how(None)
    print(how.__name__, t, events[:12])


# Generators made and run by a nested callee.
def gen(n):
    for i in range(n):
        yield i


def mid_gen(n):
    g = gen(n)
    return sum(g) + len(list(gen(n)))


def drive_gen(n):
    t = 0
    for i in range(n):
        t += mid_gen(i & 3)
    return t


print(drive_gen(N))
