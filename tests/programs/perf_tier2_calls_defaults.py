# The second tier (ophis.vm.tier2) calling through its call-site helper
# (ophis.vm.tier2.callsite): functions and bound methods called with fewer
# arguments than parameters (the rest from __defaults__), calls that do not
# bind (their TypeError exactly python3's), a block whose first instruction
# is a call, and what a callee with defaults sees of its frames -- each
# function hot enough to be compiled (default thresholds: 512 calls or
# iterations, then 128 runs of a block), then looked at.
import sys

WARM = 1500


class Vec:
    def __init__(self, x, y=0, z=None):
        self.x = x
        self.y = y
        self.z = z

    def scaled(self, k=2, plus=0):
        return Vec(self.x * k + plus, self.y * k)

    def norm(self, squared=True):
        n = self.x * self.x + self.y * self.y
        return n if squared else n ** 0.5


def add(a, b=1, c=10):
    return a + b + c


def mutable(item, into=[]):
    into.append(item)
    return len(into)


# Plain results: defaults filled from the right, bound methods, classes.
def mixed(n):
    total = 0
    for i in range(n):
        v = Vec(i)
        w = v.scaled()
        total += add(i) + add(i, 2) + add(i, 2, 3)
        total += w.norm() + v.scaled(3).x + v.scaled(1, 5).x
        total += mutable(i) & 1
    return total


print('mixed', mixed(WARM))


# Defaults changed after the callers are compiled: read at each call.
def reads_defaults(n):
    total = 0
    for i in range(n):
        total += add(i)
    return total


print('before', reads_defaults(WARM))
add.__defaults__ = (100, 1000)
print('after', reads_defaults(10))
add.__defaults__ = (1,)
try:
    reads_defaults(3)
except TypeError as exc:
    print('TypeError', exc)
add.__defaults__ = None
try:
    reads_defaults(3)
except TypeError as exc:
    print('TypeError', exc)
add.__defaults__ = (1, 10)


# Bad calls from a hot block: python3's messages.
def bad_calls(n, which):
    out = None
    for i in range(n):
        try:
            if i < n - 1:
                out = add(i, 1)
            elif which == 0:
                out = add()
            elif which == 1:
                out = add(1, 2, 3, 4)
            elif which == 2:
                out = Vec(1).scaled(1, 2, 3)
            elif which == 3:
                out = Vec()
            else:
                out = Vec(1, 2, 3, 4)
        except TypeError as exc:
            out = str(exc)
    return out


for which in range(5):
    print('bad', which, bad_calls(WARM, which))


# A callee with defaults run directly: what it sees of its frames.
def where(a, b=None):
    f = sys._getframe(0)
    return (f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno,
            sys._getframe(1) is f.f_back)


def looking(n):
    last = None
    for i in range(n):
        last = (i,
                where(i))
    return last


print('where', looking(WARM))


# Tracebacks through callees with defaults: the caller's line and carets.
def fails(a, b=0):
    return a // b


def through(n):
    total = 0
    for i in range(n):
        total += fails(i, 1) + fails(
            i, 1)
    return total + fails(
        n)


try:
    through(WARM)
except ZeroDivisionError:
    import traceback
    traceback.print_exc(file=sys.stdout)


# RecursionError through calls with defaults, at python3's depth.
def deep(n, step=1, seen=None):
    if n == 0:
        return 0
    return deep(n - step) + 1


for i in range(WARM):
    deep(5)
try:
    deep(10 ** 6)
except RecursionError as exc:
    print('RecursionError', exc)


# A block whose first instruction is a call: where the loop comes back from
# an Ophis call whose value is the next call's argument.
def first(n):
    total = 0
    for i in range(n):
        total += add(add(add(i)))
        total += len(str(add(i, 2)))
    return total


print('first', first(WARM))


# Finalizers of arguments and results: when python3 runs them.
class Loud:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append(self.name)


def keep(x, tag=None):
    return tag


def dropping(n):
    log = []
    for i in range(n):
        keep(Loud(i, log))
        if i == n - 1:
            log.append('call done')
        Loud('made', log)
        if i == n - 1:
            log.append('made done')
    return log[-4:]


print('dropping', dropping(WARM))
