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

from ophis.vm.hostrefs import FunctionType, TracebackType, host_eval
from ophis.vm.frame import (decoded, live_lasti, NULL, CellType,
                            CO_OPTIMIZED, CO_FAST_CELL, CO_FAST_FREE)

# Host 3.11 opcodes used to build stand-in code.
_HOST_RETURN_GENERATOR = 75
_HOST_NOP = 9
_HOST_RESUME = 151
_HOST_COPY_FREE_VARS = 149
_CO_OPTIMIZED = CO_OPTIMIZED
_CO_NEWLOCALS = 0x0002
_CO_VARARGS = 0x0004
_CO_VARKEYWORDS = 0x0008
_CELL_KINDS = CO_FAST_CELL | CO_FAST_FREE
_type = type


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


def standin_code(code, at=0):
    """The host code object standing for an Ophis code object, for a frame
    at instruction index ``at`` (cached).

    For a function's code, every name of the Ophis frame (locals, cells,
    free variables, in localsplus order) is a free variable of the
    stand-in, whose first instruction copies the closure's cells into the
    frame: the stand-in frame's f_locals then shows the contents of cells
    made from the Ophis frame's values (and the Ophis frame's own cells,
    live), leaving out the unbound ones, as CPython's f_locals does.  For
    a module or class body the stand-in has no names; it runs with the
    Ophis frame's namespace as its locals (see standin_frame).

    A RESUME stands at ``at`` (not before the head): a generator that dies
    unstarted leaves its frame where its code's first RESUME is (CPython's
    take_ownership "pretends the first RESUME ran"), so the stand-in
    frame's f_lasti and f_lineno are the Ophis frame's position when its
    stand-in was made.
    """
    form = decoded(code)
    variants = form.standin
    if variants is None:
        variants = form.standin = {}
    host = variants.get(at)
    if host is None:
        units = len(code.co_code) // 2
        names = tuple(code.co_localsplusnames)
        optimized = code.co_flags & _CO_OPTIMIZED
        params = ()
        if optimized and names and len(names) < 256 and units >= 2 and \
                len(set(names)) == len(names):
            head = bytes((_HOST_COPY_FREE_VARS, len(names),
                          _HOST_RETURN_GENERATOR, 0))
            freevars = names
            # The local variables are locals of the stand-in as well (a
            # local and a free variable of one name each), its parameters
            # the code's: tools that list a frame's arguments from its code
            # (inspect.getargvalues, pytest's report of a failing test's
            # arguments, which reads co_varnames past the parameters) find
            # them, and f_locals shows the free variable's value, which
            # comes after the local in the host's localsplus order.
            params = tuple(code.co_varnames)
        else:
            head = bytes((_HOST_RETURN_GENERATOR, 0))
            freevars = ()
        body = head + bytes((_HOST_NOP, 0)) * max(units - len(head) // 2, 0)
        resume = max(at, len(head) // 2)
        if resume < units:
            body = body[:2 * resume] + bytes((_HOST_RESUME, 0)) + \
                body[2 * resume + 2:]
        flags = _TEMPLATE.co_flags
        if not optimized:
            flags &= ~(_CO_OPTIMIZED | _CO_NEWLOCALS)
        if params:
            flags |= code.co_flags & (_CO_VARARGS | _CO_VARKEYWORDS)
        host = _TEMPLATE.replace(
            co_code=body, co_consts=(STANDIN,), co_names=(),
            co_varnames=params, co_nlocals=len(params), co_cellvars=(),
            co_argcount=code.co_argcount if params else 0,
            co_posonlyargcount=code.co_posonlyargcount if params else 0,
            co_kwonlyargcount=code.co_kwonlyargcount if params else 0,
            co_freevars=freevars, co_flags=flags,
            co_filename=code.co_filename, co_name=code.co_name,
            co_qualname=code.co_qualname,
            co_firstlineno=code.co_firstlineno,
            co_linetable=code.co_linetable, co_exceptiontable=b'')
        variants[at] = host
    return host


def _closure_of(frame, host_code):
    """Cells for the stand-in's free variables: the Ophis frame's own cells
    (live), and new cells for its other values, which the frame keeps in
    its _snapshot to fill and empty (see refresh_snapshot)."""
    localsplus = frame.localsplus
    kinds = frame.code.co_localspluskinds
    cells = []
    snapshot = []
    for index in range(len(host_code.co_freevars)):
        value = localsplus[index] if index < len(localsplus) else NULL
        if kinds[index] & _CELL_KINDS and _type(value) is CellType:
            cells.append(value)
        else:
            cell = CellType()
            cells.append(cell)
            snapshot.append((index, cell))
    frame._snapshot = snapshot
    refresh_snapshot(frame)
    return tuple(cells)


def refresh_snapshot(frame):
    """Copy the frame's values into its stand-in's cells: done when an
    exception arrives in the frame and when it leaves the frame, whose
    traceback entry then shows (and keeps) the values the frame had, as a
    CPython frame object does."""
    localsplus = frame.localsplus
    size = len(localsplus)
    for index, cell in frame._snapshot:
        value = localsplus[index] if index < size else NULL
        if value is NULL:
            try:
                del cell.cell_contents
            except ValueError:
                pass
        else:
            cell.cell_contents = value


def clear_snapshot(frame):
    """The frame handles the exception and runs on: its stand-in's cells
    must not keep values the frame drops (``del x`` in the handler frees x
    at once in CPython, whose traceback holds the frame itself)."""
    for _, cell in frame._snapshot:
        try:
            del cell.cell_contents
        except ValueError:
            pass


def standin_frame(frame, lasti=None, line=None):
    """The host frame standing for an Ophis frame in tracebacks: its
    f_lineno is the line of lasti (by default the frame's live position),
    when given.  Cached on the frame, so that the entries of one
    activation share it while the frame stays on one line; an entry made
    on another line gets a stand-in of its own (a host frame's position
    cannot move once made, and CPython's frame shows where the frame is
    now: PEP 626's f_lineno after an exception raised in an except
    block)."""
    host = getattr(frame, '_standin', None)
    if host is not None and (line is None or host.f_lineno == line):
        if getattr(frame, '_snapshot', None):
            refresh_snapshot(frame)
    else:
        globals_ = frame.globals
        if not isinstance(globals_, dict):
            globals_ = dict(globals_)
        if lasti is None:
            lasti = live_lasti(frame)
        host_code = standin_code(frame.code, max(lasti, 0))
        if host_code.co_flags & _CO_OPTIMIZED:
            maker = FunctionType(host_code, globals_, None, None,
                                 _closure_of(frame, host_code))
            # The new function took globals' __name__ as its __module__;
            # the stand-in frame keeps it alive, and a CPython frame holds
            # no such reference (test_socket's getrefcount(__name__) check).
            maker.__module__ = None
            if host_code.co_argcount:
                # The arguments' values are never read: f_locals shows the
                # free variables of the same names (see standin_code).
                maker.__defaults__ = (None,) * host_code.co_argcount
            if host_code.co_kwonlyargcount:
                maker.__kwdefaults__ = dict.fromkeys(host_code.co_varnames[
                    host_code.co_argcount:host_code.co_argcount
                    + host_code.co_kwonlyargcount])
            # The host frame keeps its function (3.11's f_func), and so
            # the Ophis frame's locals: they live as long as a traceback
            # entry does, as a CPython frame's do.  (Not the Ophis frame
            # itself, which keeps the stand-in: that would be a cycle.)
            maker.ophis_locals = frame.localsplus
            host = maker().gi_frame
        else:
            # A module or class body: the stand-in's f_locals is the
            # namespace (a frame eval() makes has the locals it is given).
            namespace = frame.locals
            if namespace is None:
                namespace = globals_
            host = host_eval(host_code, globals_, namespace).gi_frame
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
        tb, standin_frame(frame, lasti, line),
        lasti * 2 if lasti >= 0 else -1, -1 if line is None else line)


def clean(exc):
    """Remove Ophis's host frames from exc's traceback (for an exception
    leaving Ophis for host code that will show it)."""
    tb = exc.__traceback__
    if tb is not None:
        cleaned = strip_internal(tb)
        if cleaned is not tb:
            exc.__traceback__ = cleaned


def clean_all(exc):
    """clean() exc and every exception it shows with it: its cause, its
    context and, for a group, its sub-exceptions (for printing)."""
    seen = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        clean(current)
        pending.append(current.__cause__)
        pending.append(current.__context__)
        if isinstance(current, BaseExceptionGroup):
            pending.extend(current.exceptions)


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
