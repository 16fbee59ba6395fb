# The second tier (ophis.vm.tier2) around branch joins (an ``if`` without
# ``else`` falling into the statement after it, a conditional expression's
# value used after the join, a nested condition's jump to a branch's
# JUMP_FORWARD, which a block takes itself) and at a closure's entry
# (MAKE_CELL, COPY_FREE_VARS and the RESUME after them, whose template
# tests the eval breaker; MAKE_FUNCTION in the loop), in loops long enough
# to be compiled at the default thresholds; then what looks at them from
# inside -- tracebacks with carets after a join and in a closure, f_lineno
# from a __format__, __hash__ and __eq__ run after a join,
# KeyboardInterrupt, tracing started inside, closures' cells -- all as
# python3's.  (Session 8 also tried blocks going on through joins; the
# program covers that shape for when they do.)
import signal
import sys
import traceback
import _thread

WARM = 1000


def show(function, *args):
    try:
        print('result', function(*args))
    except BaseException:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(lines[3:]))


# Plain results: both sides of each join taken.
def joins(n):
    total = 0
    for i in range(n):
        if i & 1:
            total += 1
        total += i & 3
        value = 2 if i & 4 else 5
        total += value * 3
        if i & 8:
            total -= 1
        elif i & 16:
            total -= 2
        total ^= i
    return total


def nested_joins(n):
    out = []
    for i in range(n):
        a = 'x' if i % 3 else 'y'
        b = (a + 'z') if i % 5 == 1 else a
        if b == 'xz':
            out.append(1)
        out.append(len(b))
    return sum(out), len(out)


print('joins', joins(3 * WARM))
print('nested_joins', nested_joins(3 * WARM))


# Closures' entries: cells made at the entry, free variables copied, the
# cells written after the closure ran.
def make_counter(start):
    count = start

    def bump(step):
        nonlocal count
        count += step
        return count
    return bump


def cells(n):
    total = 0
    for i in range(n):
        bump = make_counter(i)
        total += bump(1) + bump(2)

        def late():
            return later * 2
        later = i
        total += late()
    return total


print('cells', cells(3 * WARM))


# Tracebacks: an error raised after a join once the block is compiled (at
# iteration 2 * WARM), with the lines and carets python3 shows.
class Fails:
    def __init__(self, i):
        self.i = i

    def __add__(self, other):
        if self.i == 2 * WARM:
            raise ValueError('add after a join')
        return self.i

    def __hash__(self):
        if self.i == 2 * WARM:
            raise KeyError('hash after a join')
        return 1


def raise_after_join(n):
    total = 0
    for i in range(n):
        if i & 1:
            total += 1
        total += Fails(i) + 1
    return total


def raise_after_conditional(n):
    total = 0
    for i in range(n):
        item = Fails(i) if i & 2 == 0 else Fails(i - 1)
        d = {item: i}
        total += len(d)
    return total


def closure_raises(n):
    total = 0
    for i in range(n):
        scale = i

        def inner(x):
            return (x + scale) // (2 * WARM - scale)
        total += inner(i)
    return total


for function in (raise_after_join, raise_after_conditional, closure_raises):
    print(function.__name__)
    show(function, 3 * WARM)


# f_lineno of the running frame seen from __format__, __hash__ and
# __eq__ run after a join inside a compiled block.
LINES = []


class Looks:
    def __init__(self, i):
        self.i = i

    def look(self, what):
        if self.i % 500 == 7:
            frame = sys._getframe(2)
            LINES.append((what, frame.f_code.co_name, frame.f_lineno))

    def __format__(self, spec):
        self.look('__format__')
        return 'looks'

    def __hash__(self):
        self.look('__hash__')
        return 1

    def __eq__(self, other):
        self.look('__eq__')
        return True


def looked(n):
    total = 0
    for i in range(n):
        a = Looks(i)
        if i & 1:
            total += 1
        t = f'{i}{a}'
        b = a if i & 2 else Looks(i)
        d = {a: 1,
             b: 2}
        total += len(t) + len(d)
    return total


print('looked', looked(3 * WARM))
for line in LINES:
    print(' ', *line)


# KeyboardInterrupt raised after a join (by a __format__ the block runs).
class Interrupter:
    def __init__(self, how):
        self.i = 0
        self.how = how

    def __format__(self, spec):
        self.i += 1
        if self.i == 2 * WARM:
            if self.how:
                signal.raise_signal(signal.SIGINT)
            else:
                _thread.interrupt_main()
        return 'x'


def interrupted(n, how):
    t = Interrupter(how)
    total = 0
    for i in range(n):
        if i & 1:
            total += 2
        total += len(f'{i}{t}')
        total += i
    return total


for how in (True, False):
    print('interrupted', how)
    show(interrupted, 3 * WARM, how)


# Tracing started inside a block after a join: the events from there on,
# a closure's entry (its call event) included.
EVENTS = []


def tracer(frame, event, arg):
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


class Starter:
    def __init__(self):
        self.i = 0

    def __format__(self, spec):
        self.i += 1
        if self.i == 2 * WARM:
            sys.settrace(tracer)
        return 's'


def traced(n):
    s = Starter()
    total = 0
    for i in range(n):
        if i & 1:
            total += 1
        t = f'{s}{i}'

        def inner():
            return len(t) + i
        total += inner()
    return total


print('traced', traced(2 * WARM + 2))
sys.settrace(None)
for event in EVENTS:
    print(' ', *event)
