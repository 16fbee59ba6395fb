# The second tier (ophis.vm.tier2) running callees' entry blocks that call
# (compiler.CALLS) two levels deep (callsite.NESTED_ONCE): a block runs
# outer's entry block, which runs middle's, which runs the leaves; a third
# calling level goes through the loop.  Each function runs often enough to
# be compiled at the default thresholds; then something looks at the
# calls -- f_lineno and f_back from a property five frames down,
# tracebacks with carets through all levels, frames kept after they
# returned, finalizers of locals, RecursionError's depth, a class whose
# __init__ calls a method that calls (raytrace's Ray), KeyboardInterrupt,
# settrace started at the bottom, generators -- all as python3's.
import signal
import sys
import traceback

N = 1500


def show(function, *args):
    try:
        function(*args)
    except BaseException:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(lines[3:]))


class Probe:
    def __init__(self, v):
        self.v = v
        self.look = False

    @property
    def seen(self):
        if self.look:
            frames = [sys._getframe(i) for i in range(6)]
            print('seen', [(f.f_code.co_name, f.f_lineno) for f in frames],
                  all(frames[i].f_back is frames[i + 1] for i in range(5)))
        return self.v


def leaf(p):
    return p.seen + 1


def middle(p, k):
    return leaf(p) * k


def outer(p, k):
    return middle(p, k) + 1


def third(p, k):
    return outer(p, k) + 2


def loop(n, p, f):
    total = 0
    for i in range(n):
        total += f(p, i & 3)
    return total


p = Probe(2)
print('outer', loop(N, p, outer))
print('third', loop(N, p, third))
p.look = True
print('look', loop(1, p, outer), loop(1, p, third))
p.look = False


# Tracebacks through two directly run levels (and a third in the loop).
def fails(p, k):
    return p.v // k


def mid_fails(p, k):
    return fails(p, k) + 1


def out_fails(p, k):
    return mid_fails(p, k) + 1


def third_fails(p, k):
    return out_fails(p, k) + 1


def failing_loop(n, f):
    total = 0
    for i in range(n):
        total += f(p, 1 if i < n - 1 else 0)
    return total


show(failing_loop, N, out_fails)
show(failing_loop, N, third_fails)


# Frames kept after they returned (their lines and callers), and
# finalizers of the locals of frames nobody keeps.
KEPT = []
LOG = []


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        LOG.append(self.name)


def keeper(k):
    if k % 7 == 0:
        KEPT.append(sys._getframe(0))
    return k


def mid_keep(k):
    y = Loud('mid')
    return keeper(k) + 1


def out_keep(k):
    z = Loud('out')
    return mid_keep(k) + 1


def keep_loop(n):
    total = 0
    for i in range(n):
        total += out_keep(i)
        LOG.append('returned')
        if i % 7 == 0:
            frame = KEPT.pop()
            total += frame.f_lineno + frame.f_back.f_lineno
            total += len(frame.f_back.f_code.co_name)
            frame = None
            # (The order of the locals' deaths in a kept chain of frames
            # differs from python3's with or without the tier: a separate
            # matter, left out here.)
            del LOG[:]
    return total


print('kept', keep_loop(N), LOG[-12:])


# RecursionError through the levels: python3's depth.
SEEN = [0]


def r_leaf(n):
    SEEN[0] = n
    return n


def r_mid(n):
    return r_leaf(n) + r_top(n + 1)


def r_top(n):
    if n > 10 ** 6:
        return 0
    return r_mid(n + 1)


for _ in range(60):
    SEEN[0] = 0
    try:
        r_top(10 ** 6 - 40)
    except RecursionError:
        pass
try:
    r_top(0)
except RecursionError as exc:
    print('recursion', SEEN[0], exc)


# A class whose __init__ calls a method that calls (Ray(p, v) calls
# v.normalized(), which calls self.scale()).
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def normalized(self):
        return self.scale(1.0 / (abs(self.x) + abs(self.y) + 1))


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()


def rays(n):
    total = 0.0
    for i in range(n):
        r = Ray(i, Vec(i, 2))
        total += r.vector.x
    return round(total, 6)


print('rays', rays(N))


class BadInit:
    def __init__(self, v):
        self.v = v.normalized()
        if v.x > 10 ** 8:
            raise ValueError('too far')


def bad_inits(n):
    made = 0
    for i in range(n):
        BadInit(Vec(i * 3 if i < n - 1 else 10 ** 9, 0))
        made += 1
    return made


show(bad_inits, N)


# Tracing started at the bottom of two directly run levels.
EVENTS = []


def tracer(frame, event, arg):
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def t_leaf(i, at):
    if i == at:
        sys.settrace(tracer)
    return i


def t_mid(i, at):
    return t_leaf(i, at) + 1


def t_out(i, at):
    return t_mid(i, at) + 1


def traced_loop(n):
    total = 0
    for i in range(n):
        total += t_out(i, n - 2)
    return total


print('traced', traced_loop(N))
sys.settrace(None)
for event in EVENTS:
    print(' ', *event)


# KeyboardInterrupt at the bottom of two directly run levels.
def k_leaf(i, at):
    if i == at:
        signal.raise_signal(signal.SIGINT)
    return i


def k_mid(i, at):
    return k_leaf(i, at) + 1


def k_out(i, at):
    return k_mid(i, at) + 1


def interrupt_loop(n):
    total = 0
    for i in range(n):
        total += k_out(i, n - 5)
    return total


show(interrupt_loop, N)


# Generators made two levels down.
def gen(n):
    yield n
    yield n + 1


def g_mid(n):
    return sum(gen(n))


def g_out(n):
    return g_mid(n) + 1


def gen_loop(n):
    total = 0
    for i in range(n):
        total += g_out(i)
    return total


print('generators', gen_loop(N))
