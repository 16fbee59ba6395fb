import sys
import inspect

def chain():
    return [f.f_code.co_name for f in iter_frames(sys._getframe())]

def iter_frames(f):
    while f is not None:
        yield f
        f = f.f_back

def a():
    return b()
def b():
    return chain()
print(a())

def running_clear():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as e:
        print(e)
running_clear()

def finished():
    x = [1, 2, 3]
    return sys._getframe()
fr = finished()
print(sorted(fr.f_locals))
fr.clear()
print(fr.f_locals)

def gen():
    try:
        yield 1
    finally:
        print('gen finally on clear')
g = gen()
next(g)
g.gi_frame.clear()
print(g.gi_frame)

def suspended_self_clear():
    yield sys._getframe()
s = suspended_self_clear()
frame = next(s)
print(frame.f_back)
print(inspect.currentframe().f_code.co_name)
def via_inspect():
    return inspect.currentframe().f_back.f_code.co_name
print(via_inspect())
