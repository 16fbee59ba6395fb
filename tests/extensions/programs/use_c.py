"""The C test extension (src/ophisext.c) used from Python code: module
functions, the Point type and Python subclasses of it, exceptions from C,
callbacks into Python functions, the GIL-free function in threads."""

import threading
import traceback

import ophisext
from ophisext import Point

print(ophisext.__name__, ophisext.__doc__)
print(ophisext.add(2, 40), ophisext.add(-5, 3))
print(ophisext.greet('Ophis'), ophisext.greet(name='C', punctuation='?'))
print(ophisext.total(), ophisext.total(1, 2.5, 3))
print(ophisext.add.__doc__, type(ophisext.add).__name__)

for bad in [lambda: ophisext.add(1), lambda: ophisext.add('a', 1),
            lambda: ophisext.greet(), lambda: ophisext.greet('x', nope=1),
            lambda: ophisext.total(1, 'a')]:
    try:
        bad()
    except TypeError as exc:
        print('TypeError:', exc)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money)
                                   else other * 100))

    def __radd__(self, other):
        return Money(other * 100 + self.cents)

    def __repr__(self):
        return f'Money({self.cents})'


print(ophisext.total(Money(150), Money(25), 2))

# The type: members, getset, methods, repr.
p = Point(3, -4, label='p')
print(p, p.x, p.y, p.label, p.norm(), p.quadrant, Point().quadrant)
p.x = -1.5
print(p, p.quadrant, p.scaled(2))
for action in [lambda: setattr(p, 'label', 'q'), lambda: setattr(p, 'x', 'no'),
               lambda: p.scaled('x'), lambda: Point(1, 2, 3, 4),
               lambda: p.missing]:
    try:
        action()
    except (AttributeError, TypeError) as exc:
        print(type(exc).__name__ + ':', exc)
print(Point.__doc__, Point.norm.__doc__, Point.x.__doc__)
print(type(Point), Point.__module__, Point.__name__, Point.__qualname__)


class Labelled(Point):
    """A Python subclass of the C type."""

    instances = 0

    def __init__(self, x, y, label='?'):
        super().__init__(x, y, label.upper())
        Labelled.instances += 1
        self.extra = [label]

    def norm(self):
        return round(super().norm(), 3)

    def __repr__(self):
        return 'Labelled:' + super().__repr__()


q = Labelled(1, 1, 'abc')
print(q, q.norm(), q.extra, q.quadrant, isinstance(q, Point))
r = q.scaled(3)          # C calls the subclass, whose __init__ is Python
print(type(r).__name__, r, Labelled.instances, r.extra)
print([c.__name__ for c in Labelled.__mro__])

# Exceptions raised from C.
print(ophisext.Error, ophisext.Error.__mro__[1:3])
try:
    ophisext.fail([1, 'two'])
except RuntimeError as exc:
    print(type(exc).__name__, exc, isinstance(exc, ophisext.Error))
try:
    ophisext.divide(1, 0)
except ZeroDivisionError as exc:
    print('ZeroDivisionError:', exc)
print(ophisext.divide(7, 2))


class MyError(ophisext.Error):
    pass


try:
    raise MyError('subclassed in Python')
except ophisext.Error as exc:
    print(repr(exc), MyError.__mro__[1].__name__)

# Callbacks from C into Python callables.


def describe(*args, **kwargs):
    return f'args={args} kwargs={sorted(kwargs.items())}'


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount, note=''):
        self.balance += amount
        return f'{self.balance} {note}'.strip()

    def __call__(self, x):
        return x * self.balance


def countdown(n):
    while n:
        yield n
        n -= 1


acct = Account(10)
print(ophisext.call(describe, 1, 2, key='v'))
print(ophisext.call(lambda: 'lambda'))
print(ophisext.call(acct.deposit, 5, note='bonus'))
print(ophisext.call(acct, 3))
print(ophisext.call(Account, 99).balance)
print(list(ophisext.call(countdown, 3)))
print(ophisext.call(ophisext.call, ophisext.add, 1, 2))
print(ophisext.call_method(acct, 'deposit', 1))
print(ophisext.fold(lambda acc, x: acc + [x * x], range(5), []))
print(ophisext.fold(max, [3, 9, 2], 0))

# Re-entry: C calls Python, which calls C, which calls Python again.


def nested(depth):
    if depth == 0:
        return ['bottom']
    return ophisext.call(nested, depth - 1) + [depth]


print(nested(20))

# An exception raised in a callback crosses the C frame.


def explode(acc, item):
    if item == 3:
        raise ValueError(f'bad item {item}')
    return acc + item


try:
    ophisext.fold(explode, range(10), 0)
except ValueError:
    print(traceback.format_exc())


def gen_fails():
    yield 1
    raise KeyError('from a generator')


try:
    ophisext.fold(lambda a, b: a + b, gen_fails(), 0)
except KeyError as exc:
    print('KeyError', exc, exc.__traceback__.tb_next is not None)

# Pure C work with the GIL released, in threads.
results = {}


def worker(n):
    results[n] = ophisext.spin(200_000 + n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()) == [(i, ophisext.spin(200_000 + i))
                                  for i in range(4)])

# A thread that C made (PyGILState_Ensure) calls Python code.


def in_c_thread(n):
    return (n * 2, threading.current_thread().name.startswith('Dummy'),
            threading.get_ident() != threading.main_thread().ident,
            frame_names())


def frame_names():
    import sys
    frame, names = sys._getframe(), []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def raises_in_c_thread(n):
    raise LookupError(f'in a C thread: {n}')


print(ophisext.call_in_c_thread(in_c_thread, 21))
try:
    ophisext.call_in_c_thread(raises_in_c_thread, 5)
except LookupError as exc:
    print('LookupError:', exc)
print(ophisext.call_in_c_thread(len, 'four'))

# And uncaught, through C: the traceback goes to stderr.


def last(acc, item):
    return acc / item


ophisext.fold(last, [2, 1, 0], 100)
