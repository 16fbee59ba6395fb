"""-X importtime (PYTHONPROFILEIMPORTTIME) for the program's imports.

CPython times each import that has to find and load a module (one not yet
in sys.modules) around its call of importlib's _find_and_load, and writes a
line to the C stderr when it ends: the time spent in that module alone (its
cumulative time less that of the imports it made), the cumulative time, both
in microseconds rounded up, and the module's name indented by two spaces per
level of nesting; a header line comes before the first.  Under Ophis the
launcher is python3 without the option, so the host's C core times nothing:
install() wraps the shared bootstrap's _find_and_load instead, which both
the import statement (through the C __import__) and importlib.import_module
call.  Ophis's own modules load through its private registry and are not
timed, as they are not part of the program's universe.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import time
import posix

_bootstrap = sys.modules['_frozen_importlib']

HEADER = b'import time: self [us] | cumulative | imported package\n'

# [nesting level, time of nested imports so far (ns), header written]
_state = [0, 0, False]
_saved = []


def _microseconds(nanoseconds):
    return -(-nanoseconds // 1000)


def _write(data):
    # The C stderr, unbuffered, as CPython's fprintf: not sys.stderr, which
    # a program may replace or buffer.
    while data:
        try:
            data = data[posix.write(2, data):]
        except OSError:
            return


def _timed(find_and_load):
    counter = time.perf_counter_ns

    def _find_and_load(name, import_):
        state = _state
        if not state[2]:
            state[2] = True
            _write(HEADER)
        outer_nested = state[1]
        state[0] += 1
        state[1] = 0
        start = counter()
        try:
            return find_and_load(name, import_)
        finally:
            cumulative = counter() - start
            state[0] -= 1
            line = 'import time: %9d | %10d | %s%s\n' % (
                _microseconds(cumulative - state[1]),
                _microseconds(cumulative), '  ' * state[0], name)
            _write(line.encode('utf-8', 'backslashreplace'))
            state[1] = outer_nested + cumulative

    _find_and_load.__wrapped__ = find_and_load
    return _find_and_load


def host_times_imports():
    """Whether the host's C core times imports already: the launcher is
    python3 without -E or -X options (a re-exec adds neither -E nor
    importtime), so it does when the variable was in its environment."""
    return bool(posix.environ.get(b'PYTHONPROFILEIMPORTTIME'))


def install():
    if _saved or host_times_imports():
        return
    original = _bootstrap._find_and_load
    _saved.append(original)
    _bootstrap._find_and_load = _timed(original)


def uninstall():
    if _saved:
        _bootstrap._find_and_load = _saved.pop()
