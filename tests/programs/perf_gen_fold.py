# A builtin consumer's step done at the yield itself (ophis.vm.
# ops_generators.YIELD_VALUE_INLINE, LOAD_CONST__YIELD_VALUE, and the
# YIELD_VALUE template of ophis.vm.tier2.templates_gen): sum() of ints,
# floats and bools, any()/all() of plain truth tests, tuple()/list()/
# sorted() and set() of plain hashable values, folded without leaving the
# generator; anything else yields to the consumer as before.  Cold and hot
# (the loops at the end run the same code from compiled blocks), compared
# with python3.
import sys
import gc
import threading
import _thread


class Num:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        print('  __radd__', other, sys._getframe(1).f_code.co_name)
        return Num(other + self.v)

    def __add__(self, other):
        return Num(self.v + other)

    def __hash__(self):
        print('  __hash__', sys._getframe(1).f_code.co_name)
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Num) and other.v == self.v

    def __bool__(self):
        print('  __bool__', sys._getframe(1).f_code.co_name)
        return bool(self.v)

    def __repr__(self):
        return f'Num({self.v})'


def shapes(t, v):
    # A yield after a branch join (the constant's side fused with the
    # yield) and plain yields, each consumer.
    return (sum((1 if v in c else 0) for c in t),
            sum((0.5 if v in c else 2) for c in t),
            sum((True if v in c else False) for c in t),
            tuple((1 if v in c else 0) for c in t),
            list(('a' if v in c else None) for c in t),
            set((1 if v in c else 0) for c in t),
            frozenset((1 if v in c else 2.5) for c in t),
            any((1 if v in c else 0) for c in t),
            all((1 if v in c else 0) for c in t),
            sorted((1 if v in c else 0) for c in t),
            sum(len(c) for c in t), sum(c[0] * 0.25 for c in t if c),
            tuple(len(c) for c in t), set(c for c in t),
            any(len(c) > 5 for c in t), all(c for c in t),
            any(c for c in t), all(len(c) < 5 for c in t),
            ''.join(str(len(c)) for c in t))


def mixed(values):
    # A value that needs guest code after folded ones: the rest is the
    # builtin's, with the caller on top.
    return (sum(x for x in values), set(x for x in values),
            any(x for x in values), all(x for x in values))


def big(n):
    return (sum(x for x in [10 ** 30, 1, True, 2.5][:n]),
            repr(sum(x for x in [1e308, 1e308, -1e308][:n])),
            sum(x * 0.1 for x in range(n)),
            type(sum(x for x in [True] * n)).__name__)


def finally_order(n):
    log = []

    def numbers():
        try:
            for i in range(n):
                yield i
        finally:
            log.append('finally')
    log.append(('sum', sum(numbers())))
    log.append(('any', any(x > 1 for x in numbers())))
    log.append(('tuple', tuple(numbers())))
    return log


def running():
    def g():
        yield me.gi_running
        yield me.gi_suspended
        yield me.gi_frame.f_back.f_code.co_name
    me = g()
    return tuple(me), me.gi_frame, me.gi_running


t = ((1, 3), (2,), (3,), (), (3, 4))
print(shapes(t, 3))
print(mixed([1, 2, Num(3), 4]))
print(mixed([0, 0, Num(0), 0]))
print(mixed([1, 2.5, True]))
print(big(4), big(3), big(0))
print(finally_order(3))
print(running())
try:
    sum(x for x in [1, 2, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    set(x for x in [1, 2, [3]])
except TypeError as e:
    print('TypeError', e)
try:
    sum(1 // x for x in [1, 0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print('ZeroDivisionError', names)


# Hot: the same from compiled blocks.
results = None
for i in range(1500):
    results = shapes(t, i % 4), mixed([1, 2.5, i]), big(i % 5)
print(results)
for i in range(600):
    r = mixed([1, 2, Num(3), 4]) if i == 599 else mixed([1, i])
print(r)
print(finally_order(4), running())


# Tracing and profiling started while hot: the yields send their events.
def tracer(frame, event, arg):
    if frame.f_code.co_name == '<genexpr>':
        print('  trace', event, frame.f_lineno, arg)
    return tracer


def profiler(frame, event, arg):
    if event.startswith('c_') or frame.f_code.co_name == '<genexpr>':
        print('  profile', event, getattr(arg, '__name__', arg))


def traced(v):
    return sum((1 if v in c else 0) for c in ((3,), ()))


sys.settrace(tracer)
print(traced(3))
sys.settrace(None)
sys.setprofile(profiler)
print(traced(3))
sys.setprofile(None)
print(traced(3))


# KeyboardInterrupt raised inside a consumed generator.
def interrupted(n):
    def g():
        for i in range(n):
            if i == 5:
                _thread.interrupt_main()
            yield i
    try:
        return sum(g())
    except KeyboardInterrupt as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return 'KeyboardInterrupt', names


print(interrupted(20))
for i in range(600):
    interrupted(3)
print(interrupted(20))


# The recursion limit reached by consumed generators.
def deep(n):
    return sum(deep(n - 1) for _ in (1,)) + 1 if n else 0


limit = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    deep(1000)
except RecursionError as e:
    print('RecursionError', e)
print(deep(20))
sys.setrecursionlimit(limit)


# Threads folding at once.
out = {}


def work(k):
    total = 0
    for i in range(300):
        total += sum((1 if k in c else 0) for c in t)
        total += len(set(len(c) for c in t))
    out[k] = total


threads = [threading.Thread(target=work, args=(k,)) for k in (2, 3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(out.items()))
gc.collect()
