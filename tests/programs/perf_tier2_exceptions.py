# The second tier (ophis.vm.tier2): straight-line blocks compiled to host
# functions once hot.  Each function below runs often enough to be compiled
# (the default thresholds: 512 calls or iterations to warm, then 128 runs of
# a block), then raises at one position of a block: the traceback's lines and
# carets, the exception-table handler that catches it, the stack below it,
# and f_lineno seen from host code called inside a block must be python3's.
import sys
import traceback

WARM = 1000


def show(function, *args):
    try:
        function(*args)
    except Exception:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(lines[3:]))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Where:
    @property
    def line(self):
        return sys._getframe(1).f_lineno

    def __add__(self, other):
        return sys._getframe(1).f_lineno

    def __getattr__(self, name):
        return (name, sys._getframe(1).f_lineno)


class BadBool:
    def __bool__(self):
        raise ValueError('no truth')


LOUD = []


class Dying:
    def __del__(self):
        if LOUD:
            print('  __del__ sees line', sys._getframe(1).f_lineno)


def arith(p, q, k):
    a = p.x * k + p.y
    b = a - q.x
    c = b / (q.y - k)
    d = [a, b, c][k]
    return a + b + c + d


def attr(p, name):
    total = p.x + p.y
    if name == 'z':
        total = total + p.z
    return total


def subscr(items, i, j):
    first = items[i]
    second = items[j]
    items[i] = second
    return first + second


def truth(values, k):
    count = 0
    for v in values:
        if v:
            count += k
        else:
            count -= 1
    return count


def unpack(seq):
    a, b = seq
    return a * 2 + b


def globals_(k):
    x = len([k]) + helper_value
    if k == 3:
        x = x + missing_name
    return x


helper_value = 10


def caught(values, k):
    total = 0
    for v in values:
        try:
            total = total + v // k
        except ZeroDivisionError:
            total = total - 1
        except TypeError as exc:
            total = str(exc)
    return total


def multi_line(w, k):
    a = (k +
         k *
         2)
    line = (w
            .line)
    plus = (w +
            k)
    named = (w
             .anything)
    return a, line, plus, named


def dies(k):
    d = Dying()
    x = k + 1
    d = None
    y = (x *
         2)
    return y


for i in range(WARM):
    arith(Point(i, 2), Point(1, 3), 1)
    attr(Point(i, 1), 'x')
    subscr([1, 2, 3], 0, 2)
    truth([1, 0, 2], i)
    unpack((i, 1))
    globals_(i % 3)
    caught([4, 6], 2)
    multi_line(Where(), i)

print(arith(Point(1, 2), Point(1, 3), 1))
show(arith, Point(1, 2), Point(1, 3), 3)        # ZeroDivisionError in c
show(arith, Point('a', 2), Point(1, 3), 1)      # TypeError in a
show(arith, Point(1, 2), Point(None, 3), 1)     # TypeError in b
show(arith, Point(1, 2), Point(1, 5), 4)        # IndexError in d
show(attr, Point(1, 2), 'z')                    # AttributeError
show(attr, Point(None, 2), 'x')
show(subscr, [1, 2], 0, 5)
show(subscr, (1, 2), 0, 1)                      # item assignment
show(truth, [1, BadBool(), 2], 1)
show(truth, [1, 0, 2], 'k')
show(unpack, (1, 2, 3))
show(unpack, 'ab')
show(unpack, 5)
show(globals_, 3)                               # NameError
print(caught([4, 0, 6], 2), caught([4, 6], 0), caught([4, 'x'], 2))
print(multi_line(Where(), 5))
for i in range(WARM):
    dies(i)
LOUD.append(1)
print(dies(3))
