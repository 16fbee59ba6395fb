import sys
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]))
    elif event == 'return' or event == 'call':
        arg = repr(arg)
    print(event, name, frame.f_lineno, arg)
    return tracer

def g(x):
    for i in range(x):
        yield i

def f(n):
    total = 0
    for v in g(n):
        total += v
    try:
        raise ValueError('x')
    except ValueError:
        pass
    return total

sys.settrace(tracer)
f(2)
sys.settrace(None)
print('done')
