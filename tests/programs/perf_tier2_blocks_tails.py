# The second tier (ophis.vm.tier2) where a block's exit runs a short
# *tail* itself (compiler.Emitter.exit, MAX_TAIL instructions ending in a
# return, a yield or a jump): the value after a conditional expression
# returned or yielded, a while loop's condition after `t = t.run()` (a
# one-instruction continuation after a call, a block because of its tail),
# a for loop's exhaustion before a return; in loops long enough to be
# compiled at the default thresholds.  Then what looks at a tail from
# inside -- tracebacks with carets, f_lineno from __format__, __hash__,
# __eq__ and __bool__ run there, KeyboardInterrupt, tracing started there,
# closures' cells, generators' frames and throw() -- all as python3's.
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


# Plain results: both sides of each join taken, and the tails' shapes.
def pick(i):
    return (i if i & 1 else -i) + 1


def pick_const(i):
    if i & 2:
        return 'two'
    return None


def last(items):
    for x in items:
        if x < 0:
            break
    return x


def count_in(cells, v):
    return sum((1 if v in cell else 0) for cell in cells)


def signs(n):
    return list((x if x & 1 else -x) for x in range(n))


class Task:
    def __init__(self, n, link):
        self.n = n
        self.link = link

    def holding(self):
        return self.n % 3 == 0 and self.n < 3 * WARM

    def run(self):
        self.n += 1
        return self.link if self.n < 6 * WARM else None


def schedule(t):
    steps = 0
    while t is not None:
        steps += 1
        if t.holding():
            t.n += 1
            t = t.link
        else:
            t = t.run()
    return steps


def plain(n):
    total = 0
    cells = [{i, i + 3} for i in range(8)]
    for i in range(n):
        total += pick(i) + len(pick_const(i) or '') + last([i, i + 1, -1])
        total += count_in(cells, i & 7) + len(signs(i & 7))
    a = Task(0, None)
    a.link = Task(1, a)
    return total, schedule(a)


print('plain', plain(3 * WARM))


# Tracebacks: errors raised in a tail once it is compiled (at call
# 2 * WARM), with the lines and carets python3 shows.
class Fails:
    calls = 0

    def __init__(self, i):
        self.i = i

    def __add__(self, other):
        if self.i == 2 * WARM:
            raise ValueError('add in a tail')
        return self.i

    def __bool__(self):
        if self.i == 2 * WARM:
            raise TypeError('bool in a tail')
        self.i += 1
        return self.i % 4 != 0


def add_after_join(i):
    return (Fails(i) if i & 1 else
            Fails(i)) + 1


def raise_in_tail(n):
    total = 0
    for i in range(n):
        total += add_after_join(i)
    return total


class Runner:
    def __init__(self, i):
        self.i = i

    def run(self):
        return Fails(self.i)


def condition_in_continuation(n):
    total = 0
    for i in range(n):
        t = Runner(i)
        u = t.run()
        while u:
            total += 1
            u = Runner(u.i).run()
    return total


def yields_in_tail(n):
    return sum((Fails(i) if i & 2 else
                Fails(i)) + 1 for i in range(n))


for function in (raise_in_tail, condition_in_continuation, yields_in_tail):
    print(function.__name__)
    show(function, 3 * WARM)


# f_lineno of the running frame seen from __format__, __hash__, __eq__
# and __bool__ run in a tail inside a compiled block.
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

    def __bool__(self):
        self.look('__bool__')
        return False


def formats(a, b, i):
    return f'''{a if i & 1 else
               b}'''


def hashes(a, b, i):
    return {a if i & 1 else
            b: 1}


def compares(a, b, i):
    return (a if i & 1 else
            b) == i


def tests_truth(a, i):
    while a:
        i += 1
    return i


def formats_yielded(n):
    for i in range(n):
        yield f'{Looks(i) if i & 1 else Looks(i)}'


def looked(n):
    total = 0
    for i in range(n):
        a = Looks(i)
        b = Looks(i)
        total += len(formats(a, b, i)) + len(hashes(a, b, i))
        total += compares(a, b, i) + tests_truth(a, i)
    total += len(''.join(formats_yielded(n)))
    return total


print('looked', looked(3 * WARM))
for line in LINES:
    print(' ', *line)


# KeyboardInterrupt raised in a tail (by a __format__ the block runs).
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


def interrupting(t, i):
    return f'{t if i & 1 else t}'


def interrupted(n, how):
    t = Interrupter(how)
    total = 0
    for i in range(n):
        total += len(interrupting(t, i))
        total += i
    return total


for how in (True, False):
    print('interrupted', how)
    show(interrupted, 3 * WARM, how)


# Tracing started in a tail: the events from there on.
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


def starting(s, i):
    return f'{s if i & 1 else s}'


def traced(n):
    s = Starter()
    total = 0
    for i in range(n):
        total += len(starting(s, i))
        if len(EVENTS) > 40:
            break
    sys.settrace(None)
    return total


print('traced', traced(3 * WARM))
for event in EVENTS[:40]:
    print(' ', *event)


# Closures' cells read and written in a tail.
def cells(n):
    total = 0
    for i in range(n):
        scale = i & 7

        def inner(x):
            return (x if x & 1 else -x) + scale
        total += inner(i)
        scale = 0
        total += inner(i)
    return total


print('cells', cells(3 * WARM))


# Generators whose yield is in a tail: their frames between values, a
# throw() at the yield, close(), and a generator finishing after a tail.
def gen_tail(n):
    for i in range(n):
        yield (i if i & 1 else -i)


def generators(n):
    total = 0
    lines = set()
    for k in range(n):
        g = gen_tail(5)
        total += next(g)
        lines.add(g.gi_frame.f_lineno)
        total += next(g)
        if k == 2 * WARM:
            try:
                g.throw(KeyError('thrown at a tail'))
            except KeyError as e:
                print('thrown', e, g.gi_frame)
        else:
            total += sum(g)
        g.close()
    return total, sorted(lines)


print('generators', generators(3 * WARM))
