# The second tier (ophis.vm.tier2) through calls with keyword and star
# arguments (CALL_KW, CALL_FUNCTION_EX): a compiled block calls Ophis
# functions and bound methods through the call-site helpers (ophis.vm.
# tier2.callsite.call_site_kw, call_site_ex), which bind the arguments and
# run a leaf callee's block directly.  Each function runs often enough to
# be compiled (the default thresholds), then something looks at the
# calls: binding errors (python3's messages), tracebacks with carets,
# f_lineno and f_back, settrace started in a callee, the depth of
# RecursionError, KeyboardInterrupt -- all as python3's.
import signal
import sys
import traceback
import _thread

WARM = 1500


def show(function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except BaseException:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(lines[3:]))


def scale(x, k=2, *, plus=0, times=1):
    return (x * k + plus) * times


def spread(*args, **kwargs):
    return len(args) * 10 + len(kwargs) + sum(kwargs.values())


def posonly(a, b=1, /, c=2):
    return a + b + c


class Square:
    def __init__(self, v):
        self.v = v

    def find(self, update=False):
        if update:
            self.v += 1
        return self.v

    def plot(self, x, y, r, g=0, b=0):
        return x + y + r + g + b


# Plain results: keywords, kw-only, defaults, **kwargs, star arguments.
def mixed(n):
    total = 0
    sq = Square(0)
    colour = (1, 2, 3)
    extra = {'plus': 1, 'times': 2}
    for i in range(n):
        total += scale(i, k=3) + scale(x=i) + scale(i, plus=1, times=2)
        total += scale(i, 1, times=3) + spread(1, 2, a=3, b=4)
        total += posonly(i, c=5) + sq.find(update=True) + sq.find()
        total += sq.plot(i, 1, *colour) + sq.plot(*colour)
        total += scale(*(i,), **extra) + spread(*colour) + spread(**extra)
        total += scale(*[i, 4]) + sq.plot(i, 1, r=2, b=4)
    return total


print('mixed', mixed(WARM))


# Bad calls from a hot block: python3's TypeErrors, in the loop that
# made the block.
def bad_calls(n, which):
    out = None
    for i in range(n):
        try:
            if i < n - 1:
                out = scale(i, k=1)
            elif which == 0:
                out = scale(k=1)
            elif which == 1:
                out = scale(i, kk=1)
            elif which == 2:
                out = scale(i, x=1)
            elif which == 3:
                out = scale(i, 1, 2, plus=1)
            elif which == 4:
                out = posonly(1, b=2)
            elif which == 5:
                out = Square(1).find(update=1, other=2)
            elif which == 6:
                out = scale(*(1, 2, 3))
            elif which == 7:
                out = scale(i, **{'plus': 1, 'k': 2, 'times': 1, 'no': 3})
            elif which == 8:
                out = scale(*5)
            elif which == 9:
                out = scale(1, **[('k', 2)])
            elif which == 10:
                out = scale(1, **{1: 2})
            else:
                out = scale(i, *(1,), k=2)
        except TypeError as exc:
            out = str(exc)
    return out


for which in range(12):
    print('bad', which, bad_calls(WARM, which))


# A keyword-called callee looking at its frames.
def where(a, b=None, *, c=0):
    f = sys._getframe(0)
    return (f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno,
            sys._getframe(1) is f.f_back)


def looking(n):
    last = None
    for i in range(n):
        last = (i,
                where(i, b=1),
                where(*(i, 2)), where(
                    i, c=3))
    return last


print('where', looking(WARM))


# Tracebacks through keyword and star calls: the caller's line, carets.
def fails(a, b=1, *, by=1):
    return a // by


def through(n):
    total = 0
    for i in range(n):
        total += fails(i, by=1) + fails(*(i, 1), by=1) + fails(
            i, by=1)
    return total + fails(
        n, by=0)


def through_star(n, args):
    total = 0
    for i in range(n):
        total += fails(*args)
    return total + fails(*args, **{'by': 0})


show(through, WARM)
show(through_star, WARM, (1, 2))


# Exceptions caught in the caller: its handler and its stack.
def caught(n):
    hits = 0
    for i in range(n):
        try:
            hits += fails(i, by=i % 3 - 1)
        except ZeroDivisionError:
            hits -= 1
    return hits


print('caught', caught(WARM))


# RecursionError through keyword and star calls: python3's depth.
SEEN = [0]


def deep(n, *, limit):
    if n >= limit:
        return n
    SEEN[0] = n
    return deep(n + 1, limit=limit)


def deep_star(n, limit):
    if n >= limit:
        return n
    SEEN[0] = n
    return deep_star(*(n + 1, limit))


for _ in range(60):
    deep(0, limit=40)
    deep_star(0, 40)
for function in (deep, deep_star):
    try:
        if function is deep:
            deep(0, limit=10 ** 9)
        else:
            deep_star(0, 10 ** 9)
    except RecursionError as exc:
        print('recursion', function.__name__, SEEN[0], exc)


# Tracing started inside a keyword-called callee: the events from there.
EVENTS = []


def tracer(frame, event, arg):
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def starter(i, *, at):
    if i == at:
        sys.settrace(tracer)
    return i


def traced_loop(n):
    total = 0
    for i in range(n):
        total += starter(i, at=n - 3) + scale(*(i,), k=1)
    return total


print('traced', traced_loop(2 * WARM))
sys.settrace(None)
for event in EVENTS:
    print(' ', *event)


# KeyboardInterrupt inside a keyword-called callee (raise_signal) and
# one raised at the next eval-breaker check (interrupt_main).
def interrupted(i, *, how, at):
    if i == at:
        if how:
            signal.raise_signal(signal.SIGINT)
        else:
            _thread.interrupt_main()
    return i


def interrupt_loop(n, how):
    total = 0
    for i in range(n):
        total += interrupted(i, how=how, at=n - 5) + scale(i, k=2)
        total += spread(*(i,))
    return total


show(interrupt_loop, 2 * WARM, True)
show(interrupt_loop, 2 * WARM, False)


# Generators called with keywords and stars, in a block.
def gen(n, *, step=1):
    yield n
    yield n + step


def use_generators(n):
    total = 0
    for i in range(n):
        total += sum(gen(i, step=2)) + max(gen(*(i,)))
    return total


print('generators', use_generators(WARM))


# Finalizers of keyword arguments: when python3 runs them.
class Loud:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append(self.name)


def keep(x=None, *, tag=None):
    return tag


def dropping(n):
    log = []
    for i in range(n):
        keep(x=Loud(i, log))
        if i == n - 1:
            log.append('call done')
        keep(*(Loud('star', log),))
        if i == n - 1:
            log.append('star done')
    return log[-4:]


print('dropping', dropping(WARM))
