"""Which compiler exec(), eval() and compile() use: ophis.compile, unless
a test harness provides another (set_compile)."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

# The flags a frame's code passes on to code it compiles (CPython's
# PyCF_MASK: the __future__ features).
PyCF_MASK = 0x1FE0000
PyCF_ONLY_AST = 0x0400
PyCF_SOURCE_IS_UTF8 = 0x0100

_compile = None

# True while the command starts a program: from before its site module runs
# until its main code is compiled.  Compilations of strings then go through
# ophis.runtime.compilecache (each start-up compiles the same ones); a
# running program's do not (their variety is unbounded, and a program may
# watch file access through audit hooks).
START_UP = [False]


def set_compile(function):
    global _compile
    _compile = function


def compile_source(source, filename, mode, flags=0, dont_inherit=True,
                   optimize=-1, feature_version=-1):
    function = _compile
    if function is None:
        from ophis.vm.hostrefs import late
        if START_UP[0] and feature_version < 0:
            return late('ophis.runtime.compilecache').compile_cached(
                _ophis_compile, source, filename, mode, flags, optimize)
        function = late('ophis.compiler').compile
    if feature_version >= 0:
        # ast.parse(feature_version=...): the parser refuses newer syntax.
        # Passed only when given (a harness's compiler may not take it),
        # never through the start-up cache (its key does not hold it).
        return function(source, filename, mode, flags, True, optimize,
                        _feature_version=feature_version)
    return function(source, filename, mode, flags, True, optimize)


def _ophis_compile(source, filename, mode, flags, dont_inherit, optimize):
    """ophis.compile, loaded when a start-up compilation misses the cache:
    a start-up whose compilations are all cached (`ophis -c pass`, a
    program file compiled before) never imports the compiler, nor _ast
    (about 10M machine instructions where the host's site has not)."""
    from ophis.vm.hostrefs import late
    return late('ophis.compiler').compile(source, filename, mode, flags,
                                          dont_inherit, optimize)
