def attempt(thunk):
    try:
        thunk()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.__cause__, e.__suppress_context__)

def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError('x', 1)
def raise_non_exception():
    raise 5
def raise_class_non_exception():
    raise int
def raise_from_none():
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('clean') from None
def raise_from_class():
    raise RuntimeError('c') from KeyError
def raise_from_bad():
    raise RuntimeError('c') from 3
def bare_raise_outside():
    raise
def raise_instance_with_tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
    raise ValueError('tb').with_traceback(tb)

class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
def raise_needs_args():
    raise NeedsArgs
def raise_returns_non_exc():
    class Weird(Exception):
        def __new__(cls):
            return 7
    raise Weird

for t in (raise_class, raise_instance, raise_non_exception,
          raise_class_non_exception, raise_from_none, raise_from_class,
          raise_from_bad, bare_raise_outside, raise_instance_with_tb,
          raise_needs_args, raise_returns_non_exc):
    attempt(t)

try:
    raise_instance_with_tb()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

def reraise_caught():
    try:
        raise KeyError('inner')
    except KeyError:
        try:
            raise
        except KeyError as e:
            print('re-caught', e, e.__context__)
reraise_caught()

def raise_stop():
    raise StopIteration(5)
attempt(raise_stop)
e = ValueError('a')
try:
    raise e
except ValueError as caught:
    print(caught is e)
