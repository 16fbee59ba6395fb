import sys, traceback
def f(a, b=2, *args, **kw):
    c = 'local'
    shared = [1]
    def inner():
        return shared, a
    if False:
        never = 1
    raise ValueError('x')
try:
    f(1, 3, 4, k=5)
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_locals)
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_globals is globals())
def g():
    x = 1
    def h():
        nonlocal x
        x += 1
        raise KeyError(x)
    try:
        h()
    except KeyError as e:
        tbh = e.__traceback__.tb_next
        print(tbh.tb_frame.f_locals)
        x = 100
        print(tbh.tb_frame.f_locals)
g()
class K:
    attr = 1
    try:
        raise IndexError
    except IndexError as e:
        fl = e.__traceback__.tb_frame.f_locals
        print(sorted(fl), fl is locals() if False else '')
def gen():
    v = 'in gen'
    yield
    raise RuntimeError
it = gen(); next(it)
try:
    next(it)
except RuntimeError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)
print(traceback.TracebackException(ValueError, ValueError(), None, capture_locals=True).stack)
