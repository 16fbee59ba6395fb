import sys

def who():
    frame = sys._getframe()
    caller = sys._getframe(1)
    return frame.f_code.co_name, caller.f_code.co_name, frame.f_back is caller

def outer():
    return who()

print(outer())

def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first, f.f_lasti > 0

print(lines())

def locals_view(a, b=2):
    c = a + b
    return sys._getframe().f_locals

print(locals_view(1))
print(sys._getframe().f_code.co_name, sys._getframe().f_globals is globals())
print(sys._getframe().f_builtins is __builtins__.__dict__)

try:
    sys._getframe(500)
except ValueError as exc:
    print(exc)

def gen():
    yield sys._getframe()

g = gen()
fr = next(g)
print(fr.f_code.co_name, fr.f_back, fr is g.gi_frame)

