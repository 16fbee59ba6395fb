# Comprehensions and generator expressions called in hot loops (compiled
# blocks: the comprehension's call through the call-site helper, a builtin
# consuming a generator in the middle of a block run in the loop): values,
# errors at the right line, tracebacks through the genexpr, finalization
# order, f_back, the recursion limit, profiling and tracing started hot.
import sys
import traceback


def numbers(n, log=None):
    try:
        for i in range(n):
            yield i
    finally:
        if log is not None:
            log.append(('finally', n))


def mixed(t, i):
    a = sum(x for x in t)
    b = tuple(x + i for x in t)
    c = [x * i for x in t]
    d = {x: i for x in t}
    e = {x % 2 for x in t}
    g = max(x - i for x in t)
    h = min(x + i for x in t)
    j = ','.join(str(x) for x in t)
    k = sorted(-x for x in t)
    m = any(x > i for x in t), all(x > i for x in t)
    n = sum(numbers(i % 4))
    gen = (x for x in t)
    o = sum(gen)
    return a, b, c, d, e, g, h, j, k, m, n, o


def run_mixed():
    out = []
    for i in range(600):
        out.append(mixed((1, 2, 3, i % 5), i))
    print(len(out), out[0], out[-1], sum(r[0] for r in out))


class Bad:
    def __radd__(self, other):
        raise ValueError('radd %r' % (other,))


def errors(i):
    if i % 97 == 5:
        return sum(x for x in 5)
    if i % 97 == 6:
        return sum(x for x in ('a',))
    if i % 97 == 7:
        return sum(1 // (x - 2) for x in (1, 2))
    if i % 97 == 8:
        return sum(x for x in (1, Bad()))
    if i % 97 == 9:
        return ','.join(x for x in ('a', 1))
    if i % 97 == 10:
        return max(x for x in ())
    return sum(x for x in (i, 1))


def run_errors():
    total = 0
    for i in range(700):
        try:
            total += errors(i)
        except Exception as exc:
            if i < 100 or i > 600:
                print(i, type(exc).__name__, exc)
                traceback.print_exc(file=sys.stdout)
    print('errors', total)


def finalization():
    log = []
    for i in range(300):
        found = any(x > 1 for x in numbers(5, log))
        log.append(('any', found))
        s = sum(numbers(3, log))
        log.append(('sum', s))
    print(log[:8], len(log))


def backs():
    seen = set()
    for i in range(300):
        total = sum(sys._getframe().f_back.f_code.co_name == 'backs'
                    for x in (1, 2))
        seen.add(total)
        names = tuple(sys._getframe(1).f_code.co_name for x in (1,))
        seen.add(names)
    print(sorted(seen, key=repr))


def deep(n):
    if n == 0:
        return sum(x for x in (1, 2)) + len([y for y in (1,)])
    return deep(n - 1)


def recursion():
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(80)
    hit = 0
    try:
        for i in range(300):
            for depth in (70, 74, 75, 76, 77, 78):
                try:
                    deep(depth)
                except RecursionError:
                    hit += 1
    finally:
        sys.setrecursionlimit(limit)
    print('recursion errors', hit)


def profiled():
    events = []

    def prof(frame, event, arg):
        if event.startswith('c_'):
            events.append((event, getattr(arg, '__name__', '?')))
        else:
            events.append((event, frame.f_code.co_name))
    total = 0
    for i in range(400):
        if i == 350:
            sys.setprofile(prof)
        total += sum(x for x in (i, 1)) + len(tuple(x for x in (i,)))
    sys.setprofile(None)
    print(total, len(events), events[:12])


def traced():
    lines = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name in ('traced', '<genexpr>', '<listcomp>'):
            lines.append((event, frame.f_code.co_name, frame.f_lineno))
        return tracer
    total = 0
    for i in range(400):
        if i == 390:
            sys.settrace(tracer)
        total += sum(x for x in (i, 1)) + len([x for x in (i,)])
    sys.settrace(None)
    print(total, len(lines), lines[:12])


def others(i):
    # One-argument builtins that are not consumers, with a generator made
    # in the same block: next() resumes it, len() and iter() as python3.
    g = (x * i for x in (1, 2))
    first = next(g)
    second = next(g)
    third = next(g, 'end')
    try:
        len(x for x in (i,))
    except TypeError as exc:
        err = str(exc)
    h = numbers(2)
    same = iter(h) is h
    try:
        next(x for x in ())
    except StopIteration as exc:
        stop = repr(exc)
    return first, second, third, err, same, stop


def run_others():
    out = set()
    for i in range(600):
        out.add(others(i % 3))
    print(sorted(out))


run_mixed()
run_others()
run_errors()
finalization()
backs()
recursion()
profiled()
traced()
