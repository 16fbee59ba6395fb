"""ctypes calling back into Python code: CFUNCTYPE callbacks passed to C
(libc's qsort and bsearch), Structures and arrays built from Python, a
callback that raises (reported as unraisable, with its traceback)."""

import ctypes

libc = ctypes.CDLL(None)

CMPFUNC = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int),
                           ctypes.POINTER(ctypes.c_int))
calls = []


def by_value(a, b):
    calls.append(1)
    return a[0] - b[0]


def by_last_digit(a, b):
    x, y = a[0] % 10, b[0] % 10
    return (x > y) - (x < y) or a[0] - b[0]


values = [53, 7, 21, 99, -4, 12, 30, 7]
array = (ctypes.c_int * len(values))(*values)
libc.qsort(array, len(array), ctypes.sizeof(ctypes.c_int), CMPFUNC(by_value))
print(list(array), len(calls) > 0)
libc.qsort(array, len(array), ctypes.sizeof(ctypes.c_int),
           CMPFUNC(by_last_digit))
print(list(array))

# bsearch returns a pointer into the array, found through the callback.
libc.bsearch.restype = ctypes.POINTER(ctypes.c_int)
libc.qsort(array, len(array), ctypes.sizeof(ctypes.c_int), CMPFUNC(by_value))
key = ctypes.c_int(21)
found = libc.bsearch(ctypes.byref(key), array, len(array),
                     ctypes.sizeof(ctypes.c_int), CMPFUNC(by_value))
print(found[0], bool(libc.bsearch(ctypes.byref(ctypes.c_int(8)), array,
                                   len(array), ctypes.sizeof(ctypes.c_int),
                                   CMPFUNC(by_value))))


class Point(ctypes.Structure):
    _fields_ = [('x', ctypes.c_double), ('y', ctypes.c_double)]

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

    @property
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


POINT_CMP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(Point),
                             ctypes.POINTER(Point))


def by_length(a, b):
    la, lb = a.contents.length, b.contents.length
    return (la > lb) - (la < lb)


points = (Point * 4)(Point(3, 4), Point(1, 0), Point(0, 2), Point(-6, 8))
libc.qsort(points, len(points), ctypes.sizeof(Point), POINT_CMP(by_length))
print(list(points), points[0].length)

# A callback called directly from Python, and one with a closure.
ADDER = ctypes.CFUNCTYPE(ctypes.c_long, ctypes.c_long)


def make_adder(n):
    def add(x):
        return x + n
    return ADDER(add)


add5 = make_adder(5)
print(add5(10), add5(-5), ADDER(lambda v: v * v)(12))


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, amount):
        self.count += amount
        return self.count


counter = Counter()
bump = ADDER(counter.bump)
print([bump(i) for i in range(5)], counter.count)

# A callback whose Python result does not fit the C return type: wrapped.
print(ADDER(lambda v: v + 2 ** 70)(1))

# A callback that raises: ctypes reports it as unraisable and returns 0.


def broken(a, b):
    raise ValueError(f'cannot compare {a[0]} and {b[0]}')


small = (ctypes.c_int * 2)(2, 1)
libc.qsort(small, 2, ctypes.sizeof(ctypes.c_int), CMPFUNC(broken))
# The C result of a failed callback is left undefined by ctypes.
print('after the broken callback', sorted(small))

buf = ctypes.create_string_buffer(b'hello', 10)
print(buf.value, buf.raw, ctypes.sizeof(buf), ctypes.string_at(buf, 3))
