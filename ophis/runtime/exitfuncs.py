"""atexit as a program sees it: without Ophis's own exit function.

Ophis registers one exit function of its own, first, so that it runs after
the program's (ophis.runtime.program clears __main__ there, as CPython's
finalization does after the exit functions).  The registry is the host's
atexit module, shared with the program, so its introspection and manual
running are replaced: _ncallbacks() does not count Ophis's function,
_run_exitfuncs() does not run it (it would clear __main__ while the program
runs) and _clear() keeps it.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import atexit

_host_run_exitfuncs = atexit._run_exitfuncs
_host_clear = atexit._clear
_host_ncallbacks = atexit._ncallbacks
_host_unregister = atexit.unregister

_own = []


def register_own(function):
    """Register Ophis's exit function, hidden from the program."""
    if not _own:
        from ophis.vm.tracing import BUILTIN_STANDINS
        for name, replacement in (('_run_exitfuncs', _run_exitfuncs),
                                  ('_clear', _clear),
                                  ('_ncallbacks', _ncallbacks)):
            host = getattr(atexit, name)
            replacement.__doc__ = host.__doc__
            setattr(atexit, name, replacement)
            BUILTIN_STANDINS.add(replacement)
    _own.append(function)
    atexit.register(function)


def _run_exitfuncs():
    for function in _own:
        _host_unregister(function)
    try:
        _host_run_exitfuncs()
    finally:
        # Registered again, first of the (now empty) list: still last to run.
        for function in _own:
            atexit.register(function)


def _clear():
    _host_clear()
    for function in _own:
        atexit.register(function)


def _ncallbacks():
    return _host_ncallbacks() - len(_own)
