# A trace function that raises on a 'return' event replaces the exception
# the frame is leaving with (CPython's call_trace_protected drops it).
import sys


class Quit(Exception):
    pass


def failing():
    raise ValueError('leaving by exception')


def returning():
    return 5


def tracer(frame, event, arg):
    if event == 'return' and frame.f_code.co_name in ('failing', 'returning'):
        print('return event in', frame.f_code.co_name, 'arg', arg)
        raise Quit(frame.f_code.co_name)
    return tracer


for function in (failing, returning):
    sys.settrace(tracer)
    try:
        function()
    except BaseException as exc:
        sys.settrace(None)
        print('caught', type(exc).__name__, exc, 'context:', repr(exc.__context__))
    else:
        sys.settrace(None)
        print('no exception')


# The same through a caller: the new exception goes on from the caller's
# frame, whose traceback entry comes after the trace function's.
def outer():
    failing()


sys.settrace(tracer)
try:
    outer()
except Quit as exc:
    sys.settrace(None)
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('through outer:', names)


# A profile function's error on the 'return' of an unwinding frame too.
def profiler(frame, event, arg):
    if event == 'return' and frame.f_code.co_name == 'failing':
        raise Quit('profile')


sys.setprofile(profiler)
try:
    failing()
except BaseException as exc:
    sys.setprofile(None)
    print('profiled:', type(exc).__name__, exc)
