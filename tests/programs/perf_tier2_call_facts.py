# Calls in hot loops whose callable a compiled block read by name (a
# LOAD_GLOBAL or LOAD_METHOD of the same block): such a call tests no self
# slot, and tests its argument for a generator only under a consumer's
# name (sum, any, all, max, min, sorted, join).  A consumer called by
# another name, or a name rebound while hot, must behave as in python3:
# values, errors inside the generator and the consumer with their
# tracebacks, finalization order, tracing started hot.
import sys
import traceback
from math import sin, sqrt


def numbers(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(('closed', n))


def failing(n):
    for i in range(n):
        yield 10 // (n - 1 - i)


total = sum
biggest = max
nxt = next
glue = str.join


def aliases(i, log):
    a = total(x for x in range(i % 7))
    b = biggest(numbers(i % 5 + 1, log))
    c = nxt(numbers(3, log))
    d = glue(',', (str(x) for x in range(i % 4)))
    e = sin(i) + sqrt(i)
    f = ' '.join(str(x) for x in range(i % 3))
    return a, b, c, d, round(e, 6), f


def run_aliases():
    log = []
    out = [aliases(i, log) for i in range(400)]
    print(out[0], out[-1], len(log), log[:4])


def rebound(i):
    return func(i)


def run_rebound():
    global func
    out = []
    for i in range(600):
        if i == 200:
            func = lambda x: x * 2
        elif i == 400:
            func = sum
        elif i == 0:
            func = abs
        out.append(rebound(i if i < 400 else range(i % 5)))
    print(out[199], out[200], out[399], out[400], out[-1])


def errors(i):
    return total(failing(i % 3 + 1))


def run_errors():
    for i in range(300):
        try:
            errors(i)
        except ZeroDivisionError:
            if i >= 297:
                traceback.print_exc(file=sys.stdout)


def swapped(i):
    a, b = abs, i
    b, a = a, b
    return b(a), len(str(a))


def run_swapped():
    print([swapped(-i) for i in range(300)][-3:])


def traced(i, log):
    return total(x for x in range(i)) + biggest(numbers(2, log))


def run_traced():
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name in ('traced', '<genexpr>', 'numbers'):
            events.append((frame.f_code.co_name, event))
        return tracer

    log = []
    for i in range(300):
        if i == 290:
            sys.settrace(tracer)
        traced(i % 4, log)
    sys.settrace(None)
    print(len(events), events[:12], len(log))


run_aliases()
run_rebound()
run_errors()
run_swapped()
run_traced()
