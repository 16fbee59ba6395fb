"""Tracebacks over Ophis frames (decision 9).

``exc.__traceback__`` must be a real host traceback, and a host traceback
entry needs a real host frame.  For each Ophis frame an exception passes
through, Ophis makes a stand-in host frame: a host code object made with
``replace()`` from a template generator function, carrying the Ophis code's
filename, name, qualified name, first line, local names and line table (the
Ophis line table is in CPython 3.11's format), with a co_code of the same
length, so its co_positions() are the Ophis code's.  Calling a generator
function runs nothing beyond making the generator, so the generator's
gi_frame is a frame of that code whose f_globals is the Ophis frame's
globals.  ``TracebackType(tb_next, frame, lasti, lineno)`` then makes the
entry, which the host's traceback printing (sys.excepthook, the traceback
module) shows exactly as CPython would, ^^^^ markers included.

An exception raised by host code inside the eval loop arrives with
traceback entries of the VM's own host frames; those are removed (any host
frame whose code lives in the ophis package), keeping entries of other host
code (a host-run library function) as CPython would show them.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys

from ophis.vm.hostrefs import FunctionType, TracebackType
from ophis.vm.frame import decoded

# Host 3.11 opcodes used to build stand-in code.
_HOST_RETURN_GENERATOR = 75
_HOST_NOP = 9


def _template():
    yield


_TEMPLATE = _template.__code__


class _StandInMark:
    """The first constant of every stand-in code object."""
    __slots__ = ()


STANDIN = _StandInMark()


def _package_prefix():
    path = sys.modules['ophis'].__file__
    for sep in ('/', '\\'):
        head, found, _ = path.rpartition(sep)
        if found:
            return head + sep
    return path


OPHIS_PREFIX = _package_prefix()
# Files whose frames tracebacks leave out: Ophis's own, and any a test
# harness adds.
INTERNAL_FILES = (OPHIS_PREFIX,)


def standin_code(code):
    """The host code object standing for an Ophis code object (cached)."""
    form = decoded(code)
    host = form.standin
    if host is None:
        units = len(code.co_code) // 2
        body = bytes((_HOST_RETURN_GENERATOR, 0)) + bytes(
            (_HOST_NOP, 0)) * max(units - 1, 0)
        host = _TEMPLATE.replace(
            co_code=body, co_consts=(STANDIN,), co_names=(),
            co_varnames=tuple(code.co_varnames),
            co_nlocals=len(code.co_varnames),
            co_filename=code.co_filename, co_name=code.co_name,
            co_qualname=code.co_qualname,
            co_firstlineno=code.co_firstlineno,
            co_linetable=code.co_linetable, co_exceptiontable=b'')
        form.standin = host
    return host


def standin_frame(frame):
    """The host frame standing for an Ophis frame in tracebacks (cached on
    the frame, so all entries for one activation share it)."""
    host = getattr(frame, '_standin', None)
    if host is None:
        globals_ = frame.globals
        if not isinstance(globals_, dict):
            globals_ = dict(globals_)
        maker = FunctionType(standin_code(frame.code), globals_)
        # The host frame keeps its function (3.11's f_func), and so the
        # Ophis frame's locals: they live as long as a traceback entry
        # does, as a CPython frame's do.  (Not the Ophis frame itself,
        # which keeps the stand-in: that would be a cycle.)
        maker.ophis_locals = frame.localsplus
        if frame.locals is not None and frame.locals is not globals_:
            maker.ophis_namespace = frame.locals
        host = maker().gi_frame
        frame._standin = host
    return host


def is_standin(host_code):
    consts = host_code.co_consts
    return bool(consts) and consts[0] is STANDIN


def is_internal(host_code):
    return host_code.co_filename.startswith(INTERNAL_FILES)


def has_standin(tb):
    """Whether a traceback has an entry of an Ophis frame."""
    while tb is not None:
        if is_standin(tb.tb_frame.f_code):
            return True
        tb = tb.tb_next
    return False


def strip_internal(tb):
    """tb without the entries of Ophis's own host frames.

    Entries are only examined down to the first stand-in entry: everything
    below one was cleaned when that entry was added.
    """
    while tb is not None:
        code = tb.tb_frame.f_code
        if not is_internal(code):
            break
        tb = tb.tb_next
    if tb is None:
        return None
    if is_standin(tb.tb_frame.f_code):
        return tb
    previous = tb
    while True:
        following = previous.tb_next
        if following is None:
            break
        code = following.tb_frame.f_code
        if is_standin(code):
            break
        if is_internal(code):
            previous.tb_next = following.tb_next
        else:
            previous = following
    return tb


def add_entry(exc, frame, lasti):
    """Put the entry for frame at instruction lasti in front of exc's
    traceback (CPython's PyTraceBack_Here)."""
    tb = strip_internal(exc.__traceback__)
    lines = decoded(frame.code).lines
    line = lines[lasti] if 0 <= lasti < len(lines) else None
    exc.__traceback__ = TracebackType(
        tb, standin_frame(frame), lasti * 2 if lasti >= 0 else -1,
        -1 if line is None else line)


def clean(exc):
    """Remove Ophis's host frames from exc's traceback (for an exception
    leaving Ophis for host code that will show it)."""
    tb = exc.__traceback__
    if tb is not None:
        cleaned = strip_internal(tb)
        if cleaned is not tb:
            exc.__traceback__ = cleaned


def chain_context(exc, handled):
    """Implicit exception chaining as CPython's _PyErr_SetObject does it:
    the exception being handled becomes exc's __context__, cutting any
    cycle that would make through the chain."""
    if handled is None or handled is exc:
        return
    node = handled
    slow = node
    toggle = False
    while True:
        context = node.__context__
        if context is None:
            break
        if context is exc:
            node.__context__ = None
            break
        node = context
        if node is slow:
            break
        if toggle:
            slow = slow.__context__
        toggle = not toggle
    exc.__context__ = handled
