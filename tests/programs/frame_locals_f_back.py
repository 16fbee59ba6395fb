import sys

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def a():
    return b()
def b():
    return chain()
print(a())

def modify_locals():
    x = 1
    sys._getframe().f_locals['x'] = 2
    return x
print(modify_locals())

def see_caller_locals():
    return sys._getframe(1).f_locals['secret']
def has_secret():
    secret = 'found'
    return see_caller_locals()
print(has_secret())

def loc_snapshot():
    a = 1
    snap = locals()
    b = 2
    return sorted(snap), sorted(locals())
print(loc_snapshot())

def frame_after_return():
    v = 'kept'
    return sys._getframe()
fr = frame_after_return()
print(fr.f_locals, fr.f_code.co_name, fr.f_back.f_code.co_name)

def cells():
    outer_var = 10
    def inner():
        return outer_var
    inner_frame_locals = sys._getframe().f_locals
    return sorted(inner_frame_locals), inner()
print(cells())

def free_vars():
    z = 3
    def inner():
        return sys._getframe().f_locals
    return inner()
print(free_vars())

class K:
    attr = 1
    frame_locals = sorted(sys._getframe().f_locals)
print(K.frame_locals)
print(sys._getframe().f_lasti >= 0, type(sys._getframe().f_lineno).__name__)
f0 = sys._getframe()
print(f0.f_trace, f0.f_trace_lines, f0.f_trace_opcodes)
