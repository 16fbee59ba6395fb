"""sys functions as Ophis code sees them (see ophis.runtime for how host
callers are told apart).

settrace/gettrace/setprofile/getprofile act on Ophis tracing whoever calls
them: the program is Ophis code, and host-run library code that sets a
trace function (threading's settrace hook, a debugger) means to trace the
program, not the VM."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
from _thread import get_ident as _get_ident

from ophis.runtime.caller import ophis_frame
from ophis.vm.hostrefs import (late, host_getframe, host_exc_info, host_exception,
                               host_settrace, host_gettrace, host_setprofile,
                               host_getprofile, host_setrecursionlimit,
                               host_getrecursionlimit)
from ophis.vm.state import get_tstate, topmost_exception, all_tstates
from ophis.vm.frame import NULL, loop_state
from ophis.vm.construct import SHIM_CODE
from ophis.vm.hostrefs import FrameType
from ophis.vm.tracebacks import OPHIS_PREFIX

# Host frames the VM may need above the Ophis limit: every re-entry from
# host code into Ophis runs a few host frames.
# Ophis code calls sys._getframe from the VM's host frames (an
# instruction's handler, the loop).
_VM_PREFIX = OPHIS_PREFIX + 'vm' + OPHIS_PREFIX[-1]
_HOST_FRAMES_PER_LEVEL = 8
_HOST_MARGIN = 200
# The largest C int: CPython's limits are ints.
_INT_MAX = 2**31 - 1


def getframe(depth=0, /):
    """Return a frame object from the call stack.

If optional integer depth is given, return the frame object that many
calls below the top of the stack.  If that is deeper than the call
stack, ValueError is raised.  The default for depth is
zero, returning the frame at the top of the call stack.

This function should be used for internal and specialized purposes
only."""
    if not isinstance(depth, int):
        depth = depth.__index__()
    tstate = get_tstate()
    caller = host_getframe(1)
    filename = caller.f_code.co_filename
    if tstate.frame is None or (filename.startswith(OPHIS_PREFIX) and
                                not filename.startswith(_VM_PREFIX)):
        # Host code while no Ophis code runs, or Ophis's own code outside
        # the VM (its parser measuring the stack): the host's frames.
        caller = None
        return host_getframe(depth + 1)
    frames = frames_from(caller)
    caller = None
    for frame in frames:
        if depth <= 0:
            if type(frame) is FrameType:
                # A host-run library frame: its f_back must lead on through
                # the frames the program sees, not into the VM.
                return HostFrameView(frame, frames)
            return frame
        depth -= 1
    raise ValueError('call stack is not deep enough')


class HostFrameView:
    """A host frame as seen from Ophis: the frame's own attributes, but
    f_back continues through the program's frames (Ophis frames and other
    host-run library frames), leaving out the VM's."""

    __slots__ = ('_frame', '_rest', '_back')

    def __init__(self, frame, rest):
        self._frame = frame
        self._rest = rest
        self._back = NULL

    @property
    def __class__(self):
        return FrameType

    @property
    def f_back(self):
        back = self._back
        if back is NULL:
            back = next(self._rest, None)
            if type(back) is FrameType:
                back = HostFrameView(back, self._rest)
            self._back = back
            self._rest = None
        return back

    def __getattr__(self, name):
        return getattr(self._frame, name)

    def __setattr__(self, name, value):
        if name in HostFrameView.__slots__:
            object.__setattr__(self, name, value)
        else:
            setattr(self._frame, name, value)

    def __delattr__(self, name):
        delattr(self._frame, name)

    def __repr__(self):
        return repr(self._frame)

    def __eq__(self, other):
        if isinstance(other, HostFrameView):
            other = other._frame
        return self._frame is other

    def __hash__(self):
        return hash(self._frame)


_host_current_frames = sys._current_frames

# Threads Ophis runs for itself that CPython runs in C, outside the
# interpreter (faulthandler's watchdog, ophis.runtime.faults): left out of
# sys._current_frames() and of faulthandler's dumps, as CPython's are.
HIDDEN_THREADS = set()


def current_frames():
    """Return a dict mapping each thread's identifier to the topmost stack frame
currently active in that thread at the time the function is called.
Note that functions in the traceback module can build the call stack given
such a frame."""
    # The host's frames of each thread, each seen as the program sees its
    # own stack (Ophis frames in place of the eval loop's host frames).
    frames = {}
    for ident, host_frame in _host_current_frames().items():
        if ident in HIDDEN_THREADS:
            continue
        chain = frames_from(host_frame)
        top = next(chain, None)
        if top is None:
            top = host_frame
        elif type(top) is FrameType:
            top = HostFrameView(top, chain)
        frames[ident] = top
    return frames


_host_current_exceptions = sys._current_exceptions


def current_exceptions():
    # The exception each thread is handling, as the program sees it: the
    # one its Ophis thread state holds (the host's own is Ophis's
    # business), (None, None, None) when there is none.
    states = {tstate.ident: tstate for tstate in all_tstates()}
    exceptions = {}
    for ident in _host_current_exceptions():
        if ident in HIDDEN_THREADS:
            continue
        tstate = states.get(ident)
        exc = None if tstate is None else topmost_exception(tstate.exc_info)
        if exc is None:
            exceptions[ident] = (None, None, None)
        else:
            exceptions[ident] = (type(exc), exc, exc.__traceback__)
    return exceptions


current_exceptions.__doc__ = _host_current_exceptions.__doc__


# The host frame that runs the program (ophis.runtime.program sets it): the
# host frames below it (the command's launcher, runpy) are not the
# program's, and a program never sees them.
PROGRAM_BASE = [None]


def frames_from(host_frame):
    """The frames of the running thread from host_frame outwards, as a
    program sees them: Ophis's own host frames are left out, each eval
    loop's host frame stands for the Ophis frames it runs, and frames of
    other host code (a host-run library function) stay in place."""
    LOOP_CODE = late('ophis.vm.loop').LOOP_CODE
    BLOCK_FILE = late('ophis.vm.breaker').BLOCK_FILE
    is_internal = late('ophis.vm.tracebacks').is_internal
    base = PROGRAM_BASE[0]
    while host_frame is not None and host_frame is not base:
        code = host_frame.f_code
        if code is LOOP_CODE:
            frame, _, entry = loop_state(host_frame)
            while frame is not None:
                if frame.code is not SHIM_CODE:
                    yield frame
                if frame is entry:
                    break
                frame = frame.back
        elif code.co_filename == BLOCK_FILE:
            # A compiled block (ophis.vm.tier2) that another block called
            # runs its frame itself (the loop below runs the caller's),
            # through the call-site helper (ophis.vm.tier2.callsite).
            back = host_frame.f_back
            is_helper = late('ophis.vm.tier2.callsite').is_helper
            while back is not None and is_helper(back.f_code):
                back = back.f_back
            if back is not None and back.f_code.co_filename == BLOCK_FILE:
                frame = loop_state(host_frame)[0]
                if frame is not None:
                    yield frame
                frame = None
            back = None
        elif not is_internal(code):
            yield host_frame
        host_frame = host_frame.f_back


def exc_info():
    """Return current exception information: (type, value, traceback).

Return information about the most recent exception caught by an except
clause in the current stack frame or in an older stack frame."""
    if ophis_frame() is None:
        info = host_exc_info()
        if info[1] is not None:
            return info
    exc = topmost_exception(get_tstate().exc_info)
    if exc is None:
        return (None, None, None)
    return (type(exc), exc, exc.__traceback__)


def exception():
    """Return the current exception.

Return the most recent exception caught by an except clause
in the current stack frame or in an older stack frame, or None
if no such exception exists."""
    if ophis_frame() is None:
        exc = host_exception()
        if exc is not None:
            return exc
    return topmost_exception(get_tstate().exc_info)


def settrace(function, /):
    """Set the global debug tracing function.

It will be called on each function call.  See the debugger chapter
in the library manual."""
    set_trace = late('ophis.vm.tracing').set_trace
    set_trace(get_tstate(), function)


def call_tracing(func, args, /):
    """Call func(*args), while tracing is enabled.

The tracing state is saved, and restored afterwards.  This is intended
to be called from a debugger from a checkpoint, to recursively debug
some other code."""
    # The host's would clear the host's tracing flag, not Ophis's: inside a
    # trace function (pdb's debug command) the code func runs must be
    # traced by whatever trace function it sets, as CPython's call_tracing
    # does by clearing tstate->tracing.
    if not isinstance(args, tuple):
        raise TypeError('call_tracing() argument 2 must be tuple, not '
                        f'{type(args).__name__}')
    tstate = get_tstate()
    saved = tstate.tracing
    tstate.tracing = 0
    try:
        return func(*args)
    finally:
        tstate.tracing = saved


def gettrace():
    """Return the global debug tracing function set with sys.settrace.

See the debugger chapter in the library manual."""
    return get_tstate().tracefunc


def setprofile(function, /):
    """Set the profiling function.

It will be called on each function call and return.  See the profiler
chapter in the library manual."""
    set_profile = late('ophis.vm.tracing').set_profile
    set_profile(get_tstate(), function)


def getprofile():
    """Return the profiling function set with sys.setprofile.

See the profiler chapter in the library manual."""
    return get_tstate().profilefunc


_limit = [host_getrecursionlimit()]


def setrecursionlimit(limit, /):
    """Set the maximum depth of the Python interpreter stack to n.

This limit prevents infinite recursion from causing an overflow of the C
stack and crashing Python.  The highest possible limit is platform-
dependent."""
    if not isinstance(limit, int):
        raise TypeError("'" + type(limit).__name__ +
                        "' object cannot be interpreted as an integer")
    if not -_INT_MAX - 1 <= limit <= _INT_MAX:
        raise OverflowError('Python int too large to convert to C int')
    if limit < 1:
        raise ValueError('recursion limit must be greater or equal than 1')
    tstate = get_tstate()
    # The call of this function counts one level, as a C call does.
    depth = tstate.depth + 1
    if limit <= depth:
        raise RecursionError(f'cannot set the recursion limit to {limit} at '
                             f'the recursion depth {depth}: the limit is too '
                             'low')
    _limit[0] = limit
    sync_recursion_limit()


def getrecursionlimit():
    """Return the current value of the recursion limit.

The recursion limit is the maximum depth of the Python interpreter
stack.  This limit prevents infinite recursion from causing an overflow
of the C stack and crashing Python."""
    return _limit[0]


def sync_recursion_limit():
    limit = _limit[0]
    for tstate in all_tstates():
        tstate.limit = limit
    # The host's limit is a C int too.
    host_setrecursionlimit(min(_INT_MAX, max(
        host_getrecursionlimit(),
        limit * _HOST_FRAMES_PER_LEVEL + _HOST_MARGIN)))


# Named as the sys functions they stand for (a program reads their
# __name__ and __module__, pickles them, and call errors name them).
for _function, _name in ((getframe, '_getframe'),
                         (current_frames, '_current_frames'),
                         (current_exceptions, '_current_exceptions'),
                         (exc_info, 'exc_info'), (exception, 'exception'),
                         (settrace, 'settrace'), (gettrace, 'gettrace'),
                         (setprofile, 'setprofile'),
                         (getprofile, 'getprofile'),
                         (setrecursionlimit, 'setrecursionlimit'),
                         (getrecursionlimit, 'getrecursionlimit')):
    _function.__name__ = _function.__qualname__ = _name
    _function.__module__ = 'sys'
del _function, _name


_host_addaudithook = sys.addaudithook
# Thread idents whose audit hook wrapper is finding its caller (the
# 'sys._getframe' event that look raises is the wrapper's own).
_EXAMINING = set()
# Host files whose audit events are the VM's doing, never the program's:
# stand-in tracebacks (tb_frame reads, code.replace, the stand-ins' eval),
# the second tier's compile() and exec() of a block, and the loading of
# Ophis's own modules (late imports: one at the program's end).  CPython raises
# none of these, and delivered to a hook written in Python they recurse:
# the hook grows hot, its block is compiled, the 'compile' event calls the
# hook, which compiles the same block again (test_audit hung).
_QUIET_FILES = frozenset(OPHIS_PREFIX + OPHIS_PREFIX[-1].join(parts)
                         for parts in (('vm', 'tracebacks.py'),
                                       ('vm', 'tier2', 'compiler.py'),
                                       ('importer', 'own.py'),
                                       ('importer', 'hostload.py')))


class AuditHook:
    """A program's audit hook as the host calls it: events raised by the
    VM's own work (_QUIET_FILES) are not passed on."""

    __slots__ = ('hook',)

    def __init__(self, hook):
        self.hook = hook

    def __call__(self, event, args):
        ident = _get_ident()
        if ident in _EXAMINING:
            return None
        _EXAMINING.add(ident)
        try:
            # The host frame that raised the event (a C function's caller,
            # or sys.audit's); none at all for an event of the host's
            # finalization.
            filename = host_getframe(1).f_code.co_filename
        except ValueError:
            filename = None
        finally:
            _EXAMINING.discard(ident)
        if filename in _QUIET_FILES:
            return None
        hook = self.hook
        # CPython runs a hook untraced unless its __cantrace__ is true.
        try:
            cantrace = hook.__cantrace__
        except AttributeError:
            cantrace = False
        if cantrace:
            return hook(event, args)
        tstate = get_tstate()
        tstate.tracing += 1
        try:
            return hook(event, args)
        finally:
            tstate.tracing -= 1


def addaudithook(hook):
    """Adds a new audit hook callback."""
    _host_addaudithook(AuditHook(hook))


addaudithook.__doc__ = _host_addaudithook.__doc__
