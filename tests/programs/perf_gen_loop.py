# A generator expression's loop that goes on inside its compiled block
# (ophis.vm.tier2.templates_gen: a yield its builtin consumer folds goes
# back to the loop's head by `continue`, not through the eval loop) and
# its return made by the block (compiler.Emitter.exit: the exhausted loop's
# RETURN_CONST).  What must stay as in python3: when temporaries and
# values die (finalizers between the values), errors in the middle of the
# loop (the line, the partial result thrown away), tracing switched on by
# a finalizer inside the loop, the generator's state afterwards.  Cold,
# then hot (the same functions from compiled blocks).
import sys

log = []


class D:
    """A value whose death is logged."""

    def __init__(self, v):
        self.v = v
        log.append(('new', v))

    def __del__(self):
        log.append(('del', self.v))


def consumers(n):
    r = range(n)
    return (sum(x for x in r), sum(x * 0.5 for x in r),
            tuple(x + 1 for x in r), list(-x for x in r),
            set(x % 3 for x in r), sorted(frozenset(str(x) for x in r)),
            any(x > n for x in r), all(x < n for x in r),
            any(x == n - 1 for x in r), all(x != 1 for x in r))


def deaths(n):
    # A one-tuple holding D is a plain truth value (all() folds it): it
    # dies after the fold, before the next value is made.
    del log[:]
    all((D(x),) for x in range(n))
    # A temporary dropped in the middle of the value's expression.
    sum((D(x + 10) and 1) for x in range(n))
    # The loop variable holds the previous value until the next store.
    any((d.v > 100) for d in [D(20 + x) for x in range(n)])
    return list(log)


def failing(values):
    try:
        return sum(10 // x for x in values)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        where = []
        while tb is not None:
            where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return 'ZeroDivisionError', where


def state(n):
    g = (x for x in range(n))
    total = sum(g)
    return total, g.gi_running, g.gi_suspended, g.gi_frame, list(g)


def lines(n):
    # A generator's own for loop (not a genexpr): the same yield and
    # return.
    def numbers(k):
        for i in range(k):
            yield i * 2
    return sum(numbers(n)), tuple(numbers(n)), any(numbers(n))


print(consumers(6))
print(deaths(3))
print(failing([1, 2, 5, 0, 3]))
print(state(5))
print(lines(4))
for i in range(800):
    c = consumers(i % 7 + 1)
    d = deaths(2)
    f = failing([1, 2, 5, 0, 3] if i % 2 else [5, 1])
    s = state(i % 4)
    k = lines(i % 5)
print(c, d, f, s, k)
print(consumers(9))
print(deaths(4))
print(failing([3, 0]))


# Tracing switched on by a finalizer in the middle of a hot genexpr's
# loop: the rest of the loop sends its events.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == '<genexpr>':
        events.append((event, frame.f_lineno))
    return tracer


class Starter:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        if armed and self.v == 2:
            sys.settrace(tracer)


def traced(n):
    return sum((Starter(x) and 1) for x in range(n))


armed = False
for i in range(800):
    traced(3 if i % 2 else 1)
armed = True
print(traced(5))
sys.settrace(None)
print(events)
events = []
armed = False
print(traced(5), events)
