# The second tier's direct entries (ophis.vm.tier2.direct): a compiled
# block calling an Ophis function or method whose entry block is a leaf
# calls the callee code's direct entry, which makes the frame and runs the
# block's body itself, and falls back on the call-site helper when it
# cannot (defaults, a wrong argument count, a bound method of a builtin,
# tracing taking the blocks apart).  Each function runs often enough to be
# compiled at the default thresholds; then tracebacks with carets,
# f_lineno and f_back, finalizers of the callee's locals (also when the
# callee's entry block leaves for another block), RecursionError's depth,
# KeyboardInterrupt and settrace started in a callee -- all as python3's.
import signal
import sys
import traceback
import types

WARM = 1000


def show(function, *args):
    try:
        function(*args)
    except BaseException:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(lines[3:]))


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def add(self, k, scale=2):
        return self.x * scale + k

    def ratio(self, d):
        return (self.x +
                1) // d


def twice(a):
    return a + a


def clamp(v, low):
    # The entry block leaves for a loop: the callee goes on after its
    # direct entry's first block.
    while v > low:
        v = v - 3
    return v


# Plain results through direct entries, defaults and fallbacks.
def plain(n):
    p = P(5)
    m = types.MethodType(max, 7)
    total = 0
    for i in range(n):
        total += p.get() + twice(i) + p.add(i) + p.add(i, 3)
        total += clamp(i & 31, 10) + m(i & 15)
        total &= 0xffffff
    return total


print('plain', plain(WARM), plain(3))


# A wrong argument count: the handler's message.
def wrong(n):
    p = P(1)
    for i in range(n):
        if i < n - 1:
            twice(i)
        else:
            twice(i, 2)
        p.get()


show(wrong, WARM)


def wrong_method(n):
    p = P(1)
    for i in range(n):
        if i < n - 1:
            p.get()
        else:
            p.get(3)


show(wrong_method, WARM)


# An exception in a leaf run directly: the traceback's carets.
def divide(n, d):
    p = P(9)
    total = 0
    for i in range(n):
        total += p.ratio(d if i < n - 1 else 0)
    return total


show(divide, WARM, 2)


# A frame kept after the leaf returned (through a traceback): f_lineno
# and f_back.
class Probe:
    kept = None

    @property
    def x(self):
        Probe.kept = sys._getframe(1)
        return 2


def keep(n):
    p = P(0)
    p.__class__ = type('Q', (P,), {'x': Probe.x})
    total = 0
    for i in range(n):
        total += p.get()
    frame = Probe.kept
    print('kept', frame.f_code.co_name, frame.f_lineno,
          frame.f_back.f_code.co_name, frame.f_back.f_lineno)
    return total


print('keep', keep(WARM))


# The callee's locals die first to last, the caller running, also when
# its entry block left for another block (the loop in clamp2).
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        if self.name != 'seed':
            print('del', self.name, sys._getframe(1).f_code.co_name)

    def __gt__(self, other):
        return False

    def __add__(self, other):
        return Loud(f'{self.name}{other}')


# (x and y made in the callee: only the callee holds them.)
def pair(a, b):
    x = a + 1
    y = b + 2
    return 1


def clamp2(v, w, low):
    x = v + 3
    y = w + 4
    while v > low:
        v = v - 3
    return 1


seed = Loud('seed')


def locals_die(n):
    for i in range(n):
        last = i == n - 1
        if last:
            print('pair')
        pair(seed if last else i, seed if last else i)
        if last:
            print('clamp2')
        clamp2(seed if last else i, seed if last else i, 0)
    print('done')


locals_die(WARM)


# RecursionError's depth through direct entries.
def depth_probe(k):
    return k + 1


def recurse(n):
    if n == 0:
        return depth_probe(n)
    return recurse(n - 1)


for _ in range(WARM // 10):
    recurse(20)
limit = sys.getrecursionlimit()
found = None
for n in range(limit - 60, limit + 5):
    try:
        recurse(n)
    except RecursionError:
        found = n
        break
print('recursion', found is not None and limit - found)


# KeyboardInterrupt from an operator a leaf uses.
class Interrupting:
    armed = False

    def __add__(self, other):
        if Interrupting.armed:
            Interrupting.armed = False
            signal.raise_signal(signal.SIGINT)
        return 1


def use(a, b):
    return a + b


def interrupted(n):
    x = Interrupting()
    for i in range(n):
        if i == n - 1:
            Interrupting.armed = True
        use(x, i)
    print('not reached')


show(interrupted, WARM)


# settrace started in a callee (a property the leaf reads): the events
# after it, then the blocks come back once tracing stops.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ('get', 'traced'):
        events.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer


class Starter:
    @property
    def x(self):
        if Starter.armed:
            Starter.armed = False
            sys.settrace(tracer)
        return 1

    armed = False


def traced(n):
    p = P(0)
    p.__class__ = type('S', (P,), {'x': Starter.x})
    total = 0
    for i in range(n):
        total += p.get()
        if i == n - 3:
            Starter.armed = True
    sys.settrace(None)
    for i in range(n):
        total += p.get()
    return total


print('traced', traced(WARM))
for event in events:
    print(*event)


# The frames a program sees from the callee's second block (its entry
# block left for its loop): each once, as python3's.
class Stack:
    @property
    def x(self):
        Stack.names = [entry.name for entry in
                       traceback.extract_stack(sys._getframe(1))][-4:]
        return 0


def countdown(v, s):
    while v > s.x:
        v = v - 1
    return v


def stack_seen(n):
    s = Stack()
    total = 0
    for i in range(n):
        total += countdown(i & 3, s)
    return total


print('stack', stack_seen(WARM), Stack.names)
