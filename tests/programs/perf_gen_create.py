# Generator creation: a CALL of a generator function whose code starts with
# RETURN_GENERATOR (a genexpr, after COPY_FREE_VARS when it uses the
# caller's variables) makes the generator at the CALL, without pushing the
# frame (ophis.vm.ops_generators.created_at_call) -- once the code's
# counting stub is gone, so every case runs cold and then hot.  What must
# stay as python3 has it: the generator's attributes and frame, the
# caller's GET_ITER error, tracebacks, RecursionError at the limit,
# tracing started while the loop is hot, coroutines (not taken), threads.
import sys
import threading
import traceback

HOT = 700


def attrs(g):
    fr = g.gi_frame
    return (g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running,
            g.gi_suspended, fr.f_back, fr.f_lineno, fr.f_code is g.gi_code,
            sorted(fr.f_locals))


def plain(t):
    return (x for x in t)


def closing(t, k):
    return (x + k for x in t)


def nested(t, k):
    def inner():
        return ((x, k) for x in t if x != k)
    return inner()


class Holder:
    def method(self, t):
        return (x * 2 for x in t)


def counter(n, step):
    i = 0
    while i < n:
        yield i
        i += step


seen = []
for i in range(HOT):
    t = (i, i + 1, i + 2)
    a = plain(t)
    b = closing(t, i)
    c = nested(t, i + 1)
    d = Holder().method(t)
    e = counter(3, 1)
    if i in (0, HOT - 1):
        for g in (a, b, c, d, e):
            seen.append(attrs(g))
    total = sum(a) + sum(b) + len(list(c)) + max(d) + sum(e)
    if i in (0, HOT - 1):
        seen.append(total)
for item in seen:
    print(item)

# The frame of a running genexpr: its f_back is whoever resumes it.
def frames():
    return (sys._getframe().f_back.f_code.co_name for _ in range(2))


for i in range(HOT):
    g = frames()
    first = next(g)
    rest = list(g)
print(first, rest)

# GET_ITER's error is the caller's, before any generator exists.
def not_iterable(v):
    return sum(x for x in v)


for i in range(HOT):
    try:
        not_iterable(i)
    except TypeError:
        if i in (0, HOT - 1):
            traceback.print_exc(file=sys.stdout)

# An error raised inside the genexpr: its line and the caller's.
def dividing(t):
    return sum(
        1 // x
        for x in t)


for i in range(HOT):
    try:
        dividing((1, 2, 0))
    except ZeroDivisionError:
        if i in (0, HOT - 1):
            traceback.print_exc(file=sys.stdout)

# RecursionError at the limit, the genexpr made at every level (before
# the next level's call: the genexpr's CALL is the one that fails).
depth = [0]


def probe(n, stop):
    depth[0] = n
    g = (x for x in (n,))
    if n == stop:
        return next(g)
    return probe(n + 1, stop) + next(g)


limit = sys.getrecursionlimit()
for trial in range(HOT):
    probe(0, 2)
for trial in range(3):
    sys.setrecursionlimit(120 + trial)
    try:
        probe(0, -1)
    except RecursionError as exc:
        tb = exc.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print('RecursionError', depth[0], exc, tb.tb_frame.f_code.co_name,
              tb.tb_lineno - probe.__code__.co_firstlineno)
    sys.setrecursionlimit(limit)

# Tracing started while creation is hot: the genexpr's events are sent.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == '<genexpr>':
        events.append((event, frame.f_lineno, arg if event != 'call' else None))
    return tracer


for i in range(HOT):
    if i == HOT - 2:
        sys.settrace(tracer)
    sum(x for x in (1, 2))
sys.settrace(None)
print(events)

# Profiling: the builtin consumer's c_call, the generator's call events.
calls = []


def profiler(frame, event, arg):
    if event in ('call', 'return', 'c_call', 'c_return'):
        calls.append((event, frame.f_code.co_name,
                      getattr(arg, '__name__', None)))


for i in range(HOT):
    if i == HOT - 1:
        sys.setprofile(profiler)
    tuple(x for x in (1,))
sys.setprofile(None)
print(calls)

# Coroutines are not generators: made and closed as before.
async def coro(v):
    return v


for i in range(HOT):
    c = coro(i)
    if i == HOT - 1:
        print(type(c).__name__, c.__qualname__, c.cr_frame.f_lineno)
    try:
        c.send(None)
    except StopIteration as stop:
        last = stop.value
print(last)

# Finalization: the generator dropped unfinished runs its finally.
log = []


def guarded(n):
    try:
        yield n
    finally:
        log.append(n)


for i in range(HOT):
    g = guarded(i)
    next(g)
    del g
print(len(log), log[:3], log[-1])

# Threads make genexprs at once.
results = []


def work(k):
    s = 0
    for i in range(HOT):
        s += sum(x * k for x in (i, i + 1))
    results.append(s)


threads = [threading.Thread(target=work, args=(k,)) for k in (1, 2)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results))
