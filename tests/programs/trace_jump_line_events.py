# The 'line' events around a jump made by setting f_lineno: the line jumped
# to gets no event of its own (forward, backward, the same line, inside a
# loop), as in CPython 3.11.
import sys


def run(fn, at, to):
    events = []
    first = fn.__code__.co_firstlineno
    done = []

    def tracer(frame, event, arg):
        if frame.f_code is not fn.__code__:
            return tracer
        events.append((event, frame.f_lineno - first))
        if event == 'line' and frame.f_lineno - first == at and not done:
            done.append(1)
            try:
                frame.f_lineno = first + to
            except ValueError as error:
                events.append(('ValueError', str(error)))
        return tracer

    sys.settrace(tracer)
    try:
        result = fn()
    except UnboundLocalError as error:
        result = f'UnboundLocalError: {error}'
    finally:
        sys.settrace(None)
    print(fn.__name__, at, to, result, events)


def straight():
    a = 1
    b = 2
    c = 3
    d = 4
    return a, locals().get('b'), locals().get('c'), locals().get('d')


def loop():
    seen = []
    for i in range(2):
        seen.append(i)
        seen.append(-i)
    return seen


run(straight, 2, 4)
run(straight, 3, 1)
run(straight, 4, 4)
run(straight, 2, 3)
run(straight, 1, 5)
run(loop, 3, 1)
run(loop, 2, 3)
run(loop, 4, 2)
run(loop, 5, 3)
