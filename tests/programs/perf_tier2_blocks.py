# The second tier (ophis.vm.tier2) compiling the building instructions
# (templates_build.py): dict and set displays, dict keys from constants,
# comprehensions' SET_ADD and MAP_ADD, f-strings (FORMAT_VALUE,
# BUILD_STRING), slices, star-arguments (LIST_EXTEND, LIST_TO_TUPLE) and a
# closure's MAKE_CELL and COPY_FREE_VARS, in loops long enough to be
# compiled at the default thresholds; then what looks at them from inside
# -- tracebacks with carets at each instruction, f_lineno from a
# __format__, __hash__ and __eq__ they run, KeyboardInterrupt, tracing
# started inside -- all as python3's.
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


def collect(a, *rest):
    return a, rest


# Plain results.
def plain(n):
    total = 0
    out = None
    for i in range(n):
        d = {'a': i, 'b': i + 1}
        e = {i & 3: 'x', 'k': i}
        s = {i & 7, 3, i & 1}
        t = f'{i}-{i!r:>5}/{d["a"]:x}'
        u = [i, 2, 3][1:i & 3]
        v = 'abcdef'[::i % 3 + 1]
        w = collect(*u, *(i, 2))
        x = {k & 3 for k in range(i & 15)}
        y = {k: k * 2 for k in range(i & 7)}
        total += len(d) + len(e) + len(s) + len(t) + len(u) + len(v)
        total += len(w[1]) + len(x) + sum(y.values())
        out = (d, e, sorted(s), t, u, v, w, sorted(x), y)
    return total, out


print('plain', plain(3 * WARM))


def counter(n):
    # MAKE_CELL at the entry; the inner function's COPY_FREE_VARS.
    count = n

    def bump(k):
        return count + k
    return bump(1)


def closures(n):
    total = 0
    for i in range(n):
        total += counter(i)
    return total


print('closures', closures(3 * WARM))


# Tracebacks: an error raised by each instruction once its block is
# compiled (at iteration 2 * WARM), with the lines and carets python3
# shows.
class Hashes:
    def __init__(self, fail):
        self.fail = fail

    def __hash__(self):
        if self.fail:
            raise ValueError('no hash')
        return 1

    def __eq__(self, other):
        return True


class Formats:
    def __init__(self, fail):
        self.fail = fail

    def __format__(self, spec):
        if self.fail:
            raise ValueError(f'no format {spec!r}')
        return 'formatted'


def key_at(i, k):
    return Hashes(i == k)


def dict_display(n):
    total = 0
    for i in range(n):
        d = {key_at(i, 2 * WARM): 1,
             'b': i}
        total += len(d)
    return total


def set_display(n):
    total = 0
    for i in range(n):
        s = {i, 'x',
             [] if i == 2 * WARM else 'y'}
        total += len(s)
    return total


def fstring(n):
    total = 0
    for i in range(n):
        t = f'{i}: {Formats(i == 2 * WARM):>{i & 3}}'
        total += len(t)
    return total


def set_comprehension(n):
    total = 0
    for i in range(n):
        s = {k if k != 2 * WARM else [k] for k in (i, i + 1)}
        total += len(s)
    return total


def dict_comprehension(n):
    total = 0
    for i in range(n):
        d = {(k if i != 2 * WARM else {}): k for k in (i, 'x')}
        total += len(d)
    return total


def star_args(n):
    total = 0
    for i in range(n):
        rest = [i, 1] if i != 2 * WARM else i
        total += len(collect(0, *rest,
                             *[2]))
    return total


def slicing(n):
    total = 0
    items = list(range(10))
    for i in range(n):
        step = 1 if i != 2 * WARM else 0
        total += len(items[1:i:step])
    return total


for function in (dict_display, set_display, fstring, set_comprehension,
                 dict_comprehension, star_args, slicing):
    print(function.__name__)
    show(function, 3 * WARM)


# f_lineno of the running frame seen from __format__, __hash__ and
# __eq__ run inside a compiled block.
LINES = []


class Looks:
    def __init__(self, i):
        self.i = i

    def look(self, what):
        if self.i % 500 == 7:
            frame = sys._getframe(2)
            LINES.append((what, frame.f_code.co_name, frame.f_lineno,
                          frame.f_lasti >= 0))

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
        t = f'{i}{a}'
        d = {a: 1,
             Looks(i): 2}
        s = {a, 2,
             Looks(i)}
        total += len(t) + len(d) + len(s)
    return total


print('looked', looked(3 * WARM))
for line in LINES:
    print(' ', *line)


# KeyboardInterrupt raised inside a block (by a __format__ and a __hash__
# it runs): raise_signal and interrupt_main.
class Interrupter:
    def __init__(self, how):
        self.i = 0
        self.how = how

    def fire(self):
        self.i += 1
        if self.i == 2 * WARM:
            if self.how:
                signal.raise_signal(signal.SIGINT)
            else:
                _thread.interrupt_main()

    def __format__(self, spec):
        self.fire()
        return 'x'

    def __hash__(self):
        self.fire()
        return 1


def interrupted_format(n, how):
    t = Interrupter(how)
    total = 0
    for i in range(n):
        total += len(f'{i}{t}')
        total += i
    return total


def interrupted_hash(n, how):
    t = Interrupter(how)
    total = 0
    for i in range(n):
        d = {t: i}
        total += len(d) + i
    return total


for function in (interrupted_format, interrupted_hash):
    for how in (True, False):
        print(function.__name__, how)
        show(function, 3 * WARM, how)


# Tracing started inside a block (by a __format__ it runs): the events
# from there on.
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
        t = f'{s}{i}'
        d = {'a': t, 'b': i}
        total += len(d['a'])
    return total


print('traced', traced(2 * WARM + 2))
sys.settrace(None)
for event in EVENTS:
    print(' ', *event)
