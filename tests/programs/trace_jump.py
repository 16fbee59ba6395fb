import sys

def jumper(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'target':
        if frame.f_lineno == 8:
            frame.f_lineno = 10
    return jumper

def target():
    out = ['start']
    out.append('skipped')
    out.append('middle')
    out.append('end')
    return out

sys.settrace(jumper)
print(target())
sys.settrace(None)

def bad_jump(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'loop':
        if frame.f_lineno == 24:
            try:
                frame.f_lineno = 27
            except ValueError as exc:
                print('ValueError', exc)
    return bad_jump

def loop():
    total = 0
    for i in range(2):
        total += i
    return total

sys.settrace(bad_jump)
print(loop())
sys.settrace(None)
try:
    sys._getframe().f_lineno = 1
except ValueError as exc:
    print(exc)
