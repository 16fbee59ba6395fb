import sys

events = []
def tracer(frame, event, arg):
    if event == 'exception':
        events.append((event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__))
    elif event in ('call', 'return'):
        events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer

def deep(n):
    if n == 0:
        raise ValueError('bottom')
    return deep(n - 1)

def handled():
    try:
        deep(2)
    except ValueError:
        pass
    try:
        next(iter([]))
    except StopIteration:
        pass
    for x in range(2):
        pass
    return 'done'

def gen_stop():
    yield 1
sys.settrace(tracer)
handled()
for _ in gen_stop():
    pass
sys.settrace(None)
for e in events:
    print(e)
