import sys
import inspect
def depth():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n
def nest(k):
    return depth() if k == 0 else nest(k - 1)
print(nest(0), nest(5) - nest(0))
def who_called():
    return sys._getframe(2).f_code.co_name
def caller_a():
    return who_called()
print(caller_a())
def outer_locals():
    secret = 42
    return inner_peek()
def inner_peek():
    return sys._getframe(1).f_locals['secret'], sys._getframe(1).f_code.co_varnames
print(outer_locals())
def gen_peek():
    yield sys._getframe().f_back.f_code.co_name
def driver():
    return next(gen_peek())
print(driver())
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_back is None, frame.f_lineno)
print(inspect.currentframe().f_code.co_filename.endswith('frame_stack_inspection.py'))
