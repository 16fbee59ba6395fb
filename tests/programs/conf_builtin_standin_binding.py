# The sys and builtins functions Ophis replaces behave as the builtins they
# replace: a class holding one does not bind it as a method, and its repr,
# type, isinstance tests, signature, __self__, copying and pickling are a
# builtin's.  (As Python functions they were bound: A().f() passed the
# instance; test_sys's test_is_finalizing failed on that.)
import atexit
import builtins
import copy
import inspect
import pickle
import sys
import threading
import types


class A:
    exc_info = sys.exc_info
    limit = sys.getrecursionlimit
    finalizing = sys.is_finalizing
    variables = vars
    frame = sys._getframe
    run = exec


a = A()
print(a.exc_info(), a.limit() == sys.getrecursionlimit(), a.finalizing())
print(A.exc_info is sys.exc_info, a.exc_info is sys.exc_info)
print(a.variables(a) == {}, a.frame().f_code.co_name)
namespace = {}
a.run('x = 1', namespace)
print(namespace['x'])
try:
    raise KeyError('k')
except KeyError:
    print(a.exc_info()[0].__name__)

standins = (globals, locals, vars, dir, exec, eval, compile, anext,
            sys._getframe, sys.exc_info, sys.exception, sys.settrace,
            sys.gettrace, sys.setprofile, sys.getprofile, sys._current_frames,
            sys._current_exceptions, sys.is_finalizing,
            sys.setrecursionlimit, sys.getrecursionlimit, sys.unraisablehook,
            sys.__unraisablehook__, threading.excepthook, atexit._clear,
            atexit._ncallbacks, atexit._run_exitfuncs)
for f in standins:
    print(repr(f), type(f).__name__, type(f).__module__, f.__name__,
          f.__qualname__, f.__module__, f.__self__ is not None)
    print(' ', isinstance(f, types.BuiltinFunctionType),
          inspect.isbuiltin(f), inspect.isfunction(f),
          inspect.isroutine(f), callable(f))
    print(' ', pickle.loads(pickle.dumps(f)) is f, copy.copy(f) is f,
          copy.deepcopy(f) is f, f.__doc__ == getattr(
              sys if f.__module__ == 'sys' else builtins, f.__name__,
              f).__doc__)
    try:
        print(' ', inspect.signature(f))
    except ValueError as error:
        print(' ', error)
    print(' ', hasattr(f, '__wrapped__'), f == f, f != sys.exc_info or
          f is sys.exc_info, hash(f) == hash(f))

print(sys.unraisablehook is sys.__unraisablehook__)
print(threading.excepthook is threading.__excepthook__)


# A profile function sees a builtin's call as c_call/c_return.
def profile(frame, event, arg):
    if event.startswith('c_'):
        print(event, arg)


sys.setprofile(profile)
sys.exc_info()
vars(a)
sys.setprofile(None)
