# The second tier (ophis.vm.tier2) and tracing: a trace function set in the
# middle of a hot loop (whose blocks are compiled) sees every line and
# opcode event python3 sends; a debugger's jump (f_lineno set from a line
# event) lands in the middle of a compiled block; after tracing stops the
# blocks come back.
import sys


def body(n):
    total = 0
    for i in range(n):
        a = i * 2
        b = a + 1
        if b > 10:
            total += b
        else:
            total -= a
        if i == START:
            sys._getframe().f_trace = tracer
            sys.settrace(tracer)
        if i == STOP:
            sys.settrace(None)
    return total


START = 1900
STOP = 1902
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'body':
        frame.f_trace_opcodes = True
        line = frame.f_lineno
        events.append((event, line and line - body.__code__.co_firstlineno))
    return tracer


print(body(2000))
print(len(events), events)
events.clear()
START = 10 ** 9
print(body(2000))
print(events)


def straight(x):
    a = x + 1
    b = a * 2
    c = b - 3
    d = c * c
    return (a, b, c, d)


for _ in range(1000):
    straight(1)

jumped = []


def jumper(frame, event, arg):
    if frame.f_code.co_name == 'straight' and event == 'line':
        offset = frame.f_lineno - straight.__code__.co_firstlineno
        if jumped:
            # (What follows the jump is left out: Ophis sends a line event
            # for the line it lands on, python3 does not.)
            return jumper
        jumped.append(offset)
        if offset == 1:
            # Past the first two assignments: a and b keep no value...
            frame.f_lineno = straight.__code__.co_firstlineno + 3
    return jumper


def call_straight():
    try:
        return straight(5)
    except Exception as exc:
        return type(exc).__name__ + ': ' + str(exc)


sys.settrace(jumper)
result = call_straight()
sys.settrace(None)
print(result, jumped)
print([straight(k) for k in range(3)])


def set_locals_jump(x):
    a = 1
    a = 2
    a = 3
    return a + x


for _ in range(1000):
    set_locals_jump(1)

seen = []


def skipper(frame, event, arg):
    if frame.f_code.co_name == 'set_locals_jump' and event == 'line':
        offset = frame.f_lineno - set_locals_jump.__code__.co_firstlineno
        if 'jumped' in seen:
            return skipper
        seen.append(offset)
        if offset == 2:
            seen.append('jumped')
            frame.f_lineno = set_locals_jump.__code__.co_firstlineno + 4
    return skipper


sys.settrace(skipper)
print(set_locals_jump(10), seen)
sys.settrace(None)
print([set_locals_jump(k) for k in range(3)])
