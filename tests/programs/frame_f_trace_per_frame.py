import sys

log = []
def local_tracer(frame, event, arg):
    log.append((frame.f_code.co_name, event, frame.f_lineno))
    return local_tracer

def target():
    a = 1
    b = 2
    return a + b

def install_on_caller():
    frame = sys._getframe(1)
    frame.f_trace = local_tracer
    return frame

def host():
    f = install_on_caller()
    x = 10
    y = 20
    return x + y, f.f_trace is local_tracer

sys.settrace(lambda *a: None)
print(host())
sys.settrace(None)
for entry in log:
    print(entry)
log.clear()
def sets_own_trace():
    sys._getframe().f_trace = local_tracer
    p = 1
    q = 2
    return p + q
sys.settrace(lambda *a: None)
sets_own_trace()
sys.settrace(None)
print(log)
def no_global_trace():
    f = sys._getframe()
    f.f_trace = local_tracer
    r = 1
    return f.f_trace is local_tracer
print(no_global_trace(), log[-1:] if log else log)
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace_opcodes = True
print(f.f_trace_opcodes)
f.f_trace_opcodes = False
