"""The C++ test extension (src/ophisext_cpp.cpp) used from Python code:
containers filled from Python iterables (generators, Python classes with
__index__), C++ exceptions arriving as Python ones, callbacks."""

import ophisext_cpp as cpp

print(cpp.__name__, cpp.__doc__)
print(cpp.unique_sorted([5, 3, 5, -1, 3]))
print(cpp.unique_sorted(x * x % 7 for x in range(20)))
print(cpp.word_counts('the cat and the hat and the bat'))
print(cpp.checked_sqrt(2.25), cpp.nth(range(10, 20), 3))


class Seven:
    def __index__(self):
        return 7


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(cpp.unique_sorted([Seven(), 1, Seven()]), cpp.unique_sorted(Countdown(4)))

for action in [lambda: cpp.checked_sqrt(-1), lambda: cpp.nth([1, 2], 5),
               lambda: cpp.unique_sorted([1, 'x']), lambda: cpp.unique_sorted(5),
               lambda: cpp.word_counts(b'bytes'), lambda: cpp.nth([1], 'a')]:
    try:
        print(action())
    except Exception as exc:
        print(type(exc).__name__ + ':', exc)


def shout(word):
    return word.upper() + '!'


print(cpp.map_each(shout, ['a', 'bc']))
print(cpp.map_each(lambda n: cpp.map_each(str, range(n)), range(3)))


class Stop(Exception):
    pass


def picky(x):
    if x > 2:
        raise Stop(f'too big: {x}')
    return -x


try:
    cpp.map_each(picky, range(5))
except Stop as exc:
    print('Stop:', exc, exc.__traceback__.tb_next.tb_frame.f_code.co_name)


def failing_gen():
    yield 1
    raise LookupError('generator gave up')


try:
    cpp.unique_sorted(failing_gen())
except LookupError as exc:
    print('LookupError:', exc)

cpp.map_each(picky, [0, 1, 2, 3])
