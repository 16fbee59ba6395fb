import sys

log = []
def global_trace(frame, event, arg):
    if frame.f_code.co_name == 'skipped':
        return None
    log.append(('global', event, frame.f_code.co_name))
    return local_trace

def local_trace(frame, event, arg):
    log.append(('local', event, frame.f_code.co_name, frame.f_lineno))
    if event == 'line' and frame.f_lineno == stop_line:
        return None
    return local_trace

def skipped():
    a = 1
    return a

def traced():
    x = 1
    y = 2
    z = 3
    return x + y + z

stop_line = traced.__code__.co_firstlineno + 2
sys.settrace(global_trace)
skipped()
traced()
sys.settrace(None)
for entry in log:
    print(entry)
print(sys.gettrace())

def lines_off(frame, event, arg):
    frame.f_trace_lines = False
    log2.append((event, frame.f_code.co_name))
    return lines_off
log2 = []
sys.settrace(lines_off)
traced()
sys.settrace(None)
print(log2)
