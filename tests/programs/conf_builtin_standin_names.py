# Builtins and sys functions Ophis provides itself are named as CPython's:
# __name__, __qualname__, __module__, pickling by name, and the callable's
# name in call errors (test_extcall's doctest: "dir() argument after *").
import pickle
import sys


def h():
    pass


class C:
    def m(self):
        pass


for f in (dir, None, h, C().m, C.m, print, len, C, vars, globals, locals,
          exec, eval, compile, anext, sys._getframe, sys.exc_info):
    for call in (lambda: f(*h), lambda: f(**h), lambda: f(*[1], *h),
                 lambda: f(1, *h), lambda: f(**{}, **h), lambda: f(a=1, **h)):
        try:
            call()
        except TypeError as error:
            print(error)

for f in (dir, globals, locals, vars, exec, eval, compile, anext,
          sys._getframe, sys._current_frames, sys.exc_info, sys.exception,
          sys.settrace, sys.gettrace, sys.setprofile, sys.getprofile,
          sys.setrecursionlimit, sys.getrecursionlimit):
    print(f.__name__, f.__qualname__, f.__module__,
          pickle.loads(pickle.dumps(f)) is f)

import builtins
kwds = {'metaclass': type}
try:
    class D(metaclass=type, **kwds):
        pass
except TypeError as error:
    print(error)
print(builtins.__build_class__.__name__, builtins.__build_class__.__module__)
