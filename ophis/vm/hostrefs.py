"""The host's own objects that Ophis replaces for Ophis code, captured
before ophis.runtime patches anything, and host types that have no public
name outside modules runtime code may not import (types, traceback)."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import builtins
import sys
import _signal

host_build_class = builtins.__build_class__
host_globals = builtins.globals
host_locals = builtins.locals
host_vars = builtins.vars
host_dir = builtins.dir
host_exec = builtins.exec
host_eval = builtins.eval
host_compile = builtins.compile
host_import = builtins.__import__
host_breakpoint = builtins.breakpoint
host_getframe = sys._getframe
host_exc_info = sys.exc_info
host_exception = sys.exception
host_settrace = sys.settrace
host_gettrace = sys.gettrace
host_setprofile = sys.setprofile
host_getprofile = sys.getprofile
host_setrecursionlimit = sys.setrecursionlimit
host_getrecursionlimit = sys.getrecursionlimit
host_signal = _signal.signal
host_getsignal = _signal.getsignal

FunctionType = type(lambda: None)
CodeType = type((lambda: None).__code__)
CellType = type((lambda x: lambda: x)(0).__closure__[0])
def _method_type():
    class _C:
        def m(self):
            pass
    return type(_C().m)


MethodType = _method_type()
BuiltinFunctionType = type(len)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)


def _gen():
    yield


GeneratorType = type(_gen())


async def _coro():
    pass


_c = _coro()
CoroutineType = type(_c)
_c.close()
del _c


async def _agen():
    yield


AsyncGeneratorType = type(_agen())


def _traceback_type():
    try:
        raise ValueError
    except ValueError as exc:
        return type(exc.__traceback__)


TracebackType = _traceback_type()
FrameType = type(sys._getframe())


# --- modules runtime code uses at call time ----------------------------------

_loaded = {}


def late(name):
    """The module called name, for a function-level import in runtime code.

    An import statement run while a program runs goes through
    builtins.__import__, which the program may have replaced (CPython's
    tests do); so runtime code looks its late dependencies up here instead,
    in a cache that install() fills before the program starts.
    """
    module = _loaded.get(name)
    if module is None:
        private_import = LATE_IMPORT[0]
        if private_import is not None:
            module = private_import(name)
        else:
            # The host's import system, before the program's is in place:
            # __import__ and sys.modules rather than import_module, whose
            # package (and the warnings module it imports) start-up does
            # not need otherwise.
            __import__(name)
            module = sys.modules[name]
        _loaded[name] = module
    return module


# Once a program runs, Ophis's own modules are out of sys.modules (DESIGN
# decision 3): ophis.importer puts its private importer here.
LATE_IMPORT = [None]


LATE_MODULES = []
