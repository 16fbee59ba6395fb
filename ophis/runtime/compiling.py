"""Which compiler exec(), eval() and compile() use: ophis.compile, unless
a test harness provides another (set_compile)."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

# The flags a frame's code passes on to code it compiles (CPython's
# PyCF_MASK: the __future__ features).
PyCF_MASK = 0x1FE0000
PyCF_ONLY_AST = 0x0400
PyCF_SOURCE_IS_UTF8 = 0x0100

_compile = None


def set_compile(function):
    global _compile
    _compile = function


def compile_source(source, filename, mode, flags=0, dont_inherit=True,
                   optimize=-1):
    function = _compile
    if function is None:
        from ophis.vm.hostrefs import late
        function = late('ophis.compiler').compile
    return function(source, filename, mode, flags, True, optimize)
