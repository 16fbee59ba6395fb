"""Per-thread VM state: the top frame, the recursion depth, the exception
being handled, the trace and profile functions.

Each host thread gets its own ThreadState (decision 12), kept in a host
thread-local.  Everything here is plain data (decision 14).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _thread
import _weakref

try:
    # Imported here, not when a thread state is made: an import then could
    # run host code that asks for the thread state being made.
    import resource as _resource
except ImportError:
    _resource = None


class ExcInfo:
    """One link of the chain of exceptions being handled (CPython's
    _PyErr_StackItem).  The thread has a base link; a running generator or
    coroutine pushes its own link in front of its caller's while it runs."""

    __slots__ = ('exc_value', 'previous')

    def __init__(self, exc_value=None, previous=None):
        self.exc_value = exc_value
        self.previous = previous


def topmost_exception(info):
    """The exception sys.exception() reports: the first one set along the
    chain (CPython's _PyErr_GetTopmostException)."""
    while info is not None:
        exc = info.exc_value
        if exc is not None:
            return exc
        info = info.previous
    return None


class ThreadState:
    """What one host thread's Ophis execution needs beyond its frames."""

    __slots__ = (
        'frame',        # the innermost Ophis frame, or None
        'depth',        # CPython's recursion depth, as CPython counts it
        'limit',        # the recursion limit in force
        'reentries',    # nested eval-loop invocations (host-stack use)
        'reentry_limit',  # how many the thread's host stack can take
        'exc_info',     # the base ExcInfo link of this thread
        'tracefunc',    # sys.settrace's function, or None
        'profilefunc',  # sys.setprofile's function, or None
        'tracing',      # > 0 while a trace/profile function runs
        'tracing_what', # the event being traced, while one is
        'ident',
        '__weakref__',
    )

    def __init__(self):
        self.frame = None
        self.depth = 0
        self.limit = sys.getrecursionlimit()
        self.reentries = 0
        self.reentry_limit = reentry_limit()
        self.exc_info = ExcInfo()
        self.tracefunc = None
        self.profilefunc = None
        self.tracing = 0
        # CPython's tstate->tracing_what starts as PyTrace_CALL (0).
        self.tracing_what = 'call'
        self.ident = _thread.get_ident()


# Host stack a re-entry into the eval loop may use, with a margin.
# Measured: about 1 KB for an Ophis __init__ through type.__call__ or an
# __add__ through the host's operator; about 5.5 KB for a sort key through
# sorted() (list.sort keeps its merge state on the C stack).
_BYTES_PER_REENTRY = 8192


def _stack_rlimit():
    """The soft stack rlimit in bytes, or None if unlimited or unknown."""
    try:
        size = _resource.getrlimit(_resource.RLIMIT_STACK)[0]
    except (AttributeError, ValueError, OSError):
        return None
    if size < 0 or size > 1 << 34:
        return None
    return size


# A new thread's stack is sized from the stack rlimit the process started
# with (glibc reads it once), not from the one the ophis command raises for
# the main thread later (ophis.runtime.program): so both are taken now,
# when this module is first imported -- on the main thread, before that.
_START_STACK = _stack_rlimit()
_MAIN_IDENT = _thread.get_ident()


def reentry_limit():
    """How deep host code may re-enter the eval loop on this thread before
    RecursionError, so that the host's C stack never overflows.  The main
    thread's stack grows to the stack rlimit; another thread has
    threading.stack_size() if set, else what the process's starting rlimit
    gave it (8 MiB when that is unlimited or unknown: less than the
    platform may give, never more)."""
    size = _thread.stack_size()
    if not size:
        if _thread.get_ident() == _MAIN_IDENT:
            size = _stack_rlimit()
        else:
            size = _START_STACK
        if size is None:
            size = 8 << 20
    return max(size // _BYTES_PER_REENTRY, 100)


_local = _thread._local()
_all = {}


def get_tstate():
    """The calling host thread's ThreadState, made on first use."""
    try:
        return _local.tstate
    except AttributeError:
        tstate = _local.tstate = ThreadState()
        _all[tstate.ident] = _weakref.ref(tstate)
        return tstate


def all_tstates():
    """The thread states of threads that have run Ophis code and are
    alive."""
    states = []
    for ident, ref in list(_all.items()):
        tstate = ref()
        if tstate is None:
            # Another thread may be pruning it too, or a new thread may
            # have taken the identifier since.
            if _all.get(ident) is ref:
                _all.pop(ident, None)
        else:
            states.append(tstate)
    return states
