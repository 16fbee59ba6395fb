import sys
def jumper(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'target':
        if frame.f_lineno == target.__code__.co_firstlineno + 2:
            try:
                frame.f_lineno = target.__code__.co_firstlineno + 4
            except ValueError as e:
                print('jump failed', e)
    return jumper
def target():
    out = ['start']
    out.append('skipped')
    out.append('also skipped')
    out.append('end')
    return out
sys.settrace(jumper)
print(target())
sys.settrace(None)
def bad_jumps(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'loops':
        first = loops.__code__.co_firstlineno
        if frame.f_lineno == first + 1:
            for dest in (first + 3, first + 100, first + 6):
                try:
                    frame.f_lineno = dest
                    print('jumped to', dest - first)
                    break
                except ValueError as e:
                    print('refused', dest - first, e)
    return bad_jumps
def loops():
    x = 0
    for i in range(2):
        x += i
    try:
        x += 10
    finally:
        x += 100
    return x
sys.settrace(bad_jumps)
print(loops())
sys.settrace(None)
try:
    sys._getframe().f_lineno = 1
except ValueError as e:
    print(e)
def op_tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == 'opcode':
        counts[frame.f_code.co_name] = counts.get(frame.f_code.co_name, 0) + 1
    return op_tracer
counts = {}
def small():
    return 1 + 2
sys.settrace(op_tracer)
small()
sys.settrace(None)
print(counts.get('small', 0) > 0)
