import sys

def local_tracer(frame, event, arg):
    print('  local', event, frame.f_lineno)
    return local_tracer

def global_tracer(frame, event, arg):
    print('global', event, frame.f_code.co_name)
    if frame.f_code.co_name == 'traced':
        return local_tracer
    return None

def traced():
    a = 1
    b = a + 1
    return b

def untraced():
    c = 3
    return c

sys.settrace(global_tracer)
traced()
untraced()
sys.settrace(None)
print(sys.gettrace())

def outer():
    frame = sys._getframe()
    def tracer(f, event, arg):
        if event == 'line':
            print('outer line', f.f_lineno)
        return tracer
    frame.f_trace = tracer
    sys.settrace(tracer)
    x = 1
    y = 2
    sys.settrace(None)
    z = 3
    return x + y + z

print(outer())
