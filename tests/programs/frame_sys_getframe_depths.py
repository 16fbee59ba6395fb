import sys

def depth_names(limit=10):
    names = []
    for i in range(limit):
        try:
            names.append(sys._getframe(i).f_code.co_name)
        except ValueError as e:
            names.append(f'ValueError: {e}')
            break
    return names

def a():
    return b()
def b():
    return c()
def c():
    return depth_names()
print(a())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
try:
    sys._getframe(-1)
except ValueError as e:
    print(e)
print(sys._getframe().f_code.co_name, sys._getframe(0) is sys._getframe(0))
class K:
    name = sys._getframe().f_code.co_name
    outer = sys._getframe(1).f_code.co_name
print(K.name, K.outer)
gen_frames = (sys._getframe(1).f_code.co_name for _ in range(1))
print(list(gen_frames))
print([sys._getframe().f_code.co_name for _ in range(1)])
print((lambda: sys._getframe().f_code.co_name)())
import inspect
def with_inspect():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name
print(with_inspect())
