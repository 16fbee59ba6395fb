# Generator functions called from hot loops (compiled blocks make their
# generators at the call, ophis.vm.tier2.callsite): values, the generator's
# attributes and frame, errors from inside, defaults, methods, and the
# recursion limit reached at the call.
import sys


def doubled(t, k=2):
    for x in t:
        yield x * k


class Box:
    def __init__(self, items):
        self.items = items

    def each(self, extra=0):
        for x in self.items:
            yield x + extra


def failing(t):
    yield 1
    raise ValueError(t)


def shapes(i):
    g = doubled((i,))
    frame = g.gi_frame
    return (g.__name__, g.__qualname__, g.gi_running, g.gi_suspended,
            frame.f_back, frame.f_lineno, frame.f_code.co_name,
            sorted(frame.f_locals), type(g).__name__)


def hot():
    total = 0
    box = Box((1, 2))
    seen = None
    for i in range(3000):
        total += sum(doubled((i, 1)))
        total += sum(doubled((i,), 3))
        total += sum(box.each(i))
        total += sum(box.each())
        if i % 1000 == 999:
            seen = shapes(i)
            print(seen)
    print(total)


hot()


def errors():
    caught = 0
    for i in range(2000):
        g = failing(i)
        try:
            list(g)
        except ValueError as e:
            caught += 1
            if i == 1999:
                tb = e.__traceback__
                lines = []
                while tb is not None:
                    lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                    tb = tb.tb_next
                print(lines)
    print(caught)


errors()


def deep(n):
    gen = doubled((n,))
    if n == 0:
        return next(gen)
    return deep(n - 1) + next(gen)


for limit in (60, 80):
    sys.setrecursionlimit(limit)
    results = []
    for i in range(600):
        try:
            results.append(deep(i % 100))
        except RecursionError as e:
            results.append(str(e))
    print(limit, results[:3], results.count('maximum recursion depth exceeded'))
sys.setrecursionlimit(1000)
