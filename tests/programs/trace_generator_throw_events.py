# Events of a suspended generator resumed by throw() and close() under
# sys.settrace and sys.setprofile: CPython sends 'call' before the
# exception arrives at the yield.  (Known differences, left out here: the
# frame's f_lineno in the 'return' event of a frame left by an exception
# through a finally block, and the events of a generator finalized after
# `del` under tracing -- docs/conformance.md lists them.)
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        shown = type(arg[1]).__name__ if event == 'exception' else None
        line = None if event == 'return' else frame.f_lineno
        events.append((event, line, shown))
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        line = None if event == 'return' else frame.f_lineno
        events.append(('profile', event, line))


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally runs')


def drive(how):
    it = gen()
    next(it)
    if how == 'close':
        it.close()
    else:
        try:
            it.throw(KeyError('thrown'))
        except KeyError as error:
            print('caught', repr(error))


for install, remove in ((sys.settrace, sys.settrace),
                        (sys.setprofile, sys.setprofile)):
    for how in ('close', 'throw'):
        install(tracer if install is sys.settrace else profiler)
        try:
            drive(how)
        finally:
            remove(None)
        print(install.__name__, how, events)
        events.clear()


# A trace function that fails on the 'call' event of a throw: tracing
# stops and its error comes out of throw().
def failing(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        events.append((event, frame.f_lineno))
        if event == 'call' and frame.f_lineno != gen.__code__.co_firstlineno:
            raise RuntimeError('tracer failed')
    return failing


it = gen()
sys.settrace(failing)
next(it)
try:
    it.throw(KeyError('thrown'))
except BaseException as error:
    print('throw raised', type(error).__name__, error)
print(sys.gettrace(), events)
sys.settrace(None)
