import sys

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, frame.f_lineno,
                       arg if event in ('return', 'call') else
                       (arg[0].__name__ if event == 'exception' else None)))
    return tracer

def square(x):
    return x * x

def fails():
    raise KeyError('k')

def catches():
    try:
        fails()
    except KeyError:
        return 'caught'

def gen():
    yield 1
    yield 2

sys.settrace(tracer)
square(3)
catches()
list(gen())
sys.settrace(None)
for e in events:
    print(e)
