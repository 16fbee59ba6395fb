# sys.call_tracing from inside a trace function (pdb's "debug" command):
# the code it calls is traced by the trace function it sets, and the outer
# tracing goes on afterwards.
import sys

events = []


def inner_trace(frame, event, arg):
    events.append(('inner', event, frame.f_code.co_name,
                   frame.f_lineno - first))
    return inner_trace


def recursive(n):
    total = n
    total += 1
    return total


def nested_run(n):
    sys.settrace(inner_trace)
    try:
        return recursive(n)
    finally:
        sys.settrace(None)


def outer_trace(frame, event, arg):
    if frame.f_code.co_name == 'target' and event == 'line':
        events.append(('outer', event, frame.f_lineno - first))
        if len(events) == 1:
            events.append(('result', sys.call_tracing(nested_run, (5,))))
            sys.settrace(outer_trace)
    return outer_trace


first = sys._getframe().f_lineno


def target():
    x = 1
    x += 1
    return x


sys.settrace(outer_trace)
target()
sys.settrace(None)
for event in events:
    print(event)
try:
    sys.call_tracing(print, [1])
except TypeError as error:
    print(error)
print(sys.call_tracing(max, (3, 4)))
