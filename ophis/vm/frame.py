"""Frames: one activation of an Ophis code object, as plain data.

A Frame holds what CPython's _PyInterpreterFrame and PyFrameObject hold
together: the code, the globals and builtins, the locals mapping (module and
class bodies only), the fast locals ("localsplus": locals, cells and free
variables in the code object's localsplus order), the value stack and the
index of the next instruction.  The eval loop (ophis.vm.loop) keeps the
running frame's next-instruction index in a local variable for speed and
writes it back to ``pc`` whenever control leaves the frame; ``live_lasti``
reads it from the loop while the frame runs, so that f_lineno and f_lasti are
exact at any moment host code looks.

The attributes the VM uses are plain slots (``code``, ``globals``, ...);
CPython's public names (``f_code``, ``f_globals``, ...) are properties over
them, read-only where CPython's are.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _thread

from ophis.vm.state import get_tstate, all_tstates
from ophis.vm.hostrefs import late, FrameType, host_getframe
from ophis.bytecode.builtintype import BUILTINS as _BUILTINS

_type = type

# Kinds of localsplus slots (CPython 3.11's CO_FAST_*).
CO_FAST_LOCAL = 0x20
CO_FAST_CELL = 0x40
CO_FAST_FREE = 0x80

# Code flags.
CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_NOFREE = 0x0040
CO_COROUTINE = 0x0080
CO_ITERABLE_COROUTINE = 0x0100
CO_ASYNC_GENERATOR = 0x0200


class _Null:
    """The NULL of CPython's value stack: the empty self slot of a call
    (PUSH_NULL, LOAD_GLOBAL's low bit) and an unbound fast local."""

    __slots__ = ()

    def __repr__(self):
        return '<NULL>'

    def __reduce__(self):
        return 'NULL'


NULL = _Null()

CellType = type((lambda x: lambda: x)(0).__closure__[0])


class Frame:
    """One activation of a code object."""

    __slots__ = (
        'code',        # the Ophis code object
        'globals',     # dict
        'builtins',    # dict
        'locals',      # the locals mapping of a module or class body, or None
        'localsplus',  # list: fast locals, cells, free variables
        'stack',       # list: the value stack
        'pc',          # index of the next instruction, while not running
        'back',        # the calling frame while this one runs
        'instrs',      # the pre-decoded instructions of code
        'func',        # the Function being run, or None
        'gen',         # a weak reference to the generator owning this
                       # frame, or None
        'yielded',     # set by YIELD_VALUE: the generator frame suspended
        'inline',      # a generator frame run inline: how its resumer
                       # continues when it returns (see generators)
        # Rarely used, so left unset until needed (read with getattr):
        '_trace', '_trace_lines', '_trace_opcodes', '_lineno',
        '_locals_dict', '_standin', '_snapshot', '_cleared', '_trace_prev', '_jump',
        '__weakref__',
    )

    # --- CPython's attributes -------------------------------------------

    @property
    def __class__(self):
        # isinstance(frame, types.FrameType) holds for host-run library
        # code (inspect, traceback), as for Function.
        return FrameType

    @property
    def f_code(self):
        return self.code

    @property
    def f_globals(self):
        return self.globals

    @property
    def f_builtins(self):
        return self.builtins

    @property
    def f_back(self):
        back = self.back
        # A class call's shim frame (ophis.vm.construct) is invisible.
        while back is not None and back.code.co_name == '<shim>' and \
                back.localsplus == [] and back.code.co_filename == '':
            back = back.back
        return back

    @property
    def f_lasti(self):
        lasti = live_lasti(self)
        return lasti * 2 if lasti >= 0 else -1

    @property
    def f_lineno(self):
        lineno = getattr(self, '_lineno', 0)
        if lineno:
            # Set while a trace function runs for this frame.
            return lineno
        return line_at(self.code, max(live_lasti(self), 0))

    @f_lineno.setter
    def f_lineno(self, value):
        set_frame_lineno = late('ophis.vm.tracing').set_frame_lineno
        set_frame_lineno(self, value)

    @property
    def f_locals(self):
        if self.locals is not None and not (
                self.code.co_flags & CO_OPTIMIZED):
            sync_class_cells(self)
            return self.locals
        return fast_to_locals(self)

    @property
    def f_trace(self):
        return getattr(self, '_trace', None)

    @f_trace.setter
    def f_trace(self, value):
        self._trace = value
        if value is not None:
            note_frame_trace = late('ophis.vm.tracing').note_frame_trace
            note_frame_trace(self)

    @f_trace.deleter
    def f_trace(self):
        self._trace = None

    @property
    def f_trace_lines(self):
        return getattr(self, '_trace_lines', True)

    @f_trace_lines.setter
    def f_trace_lines(self, value):
        if _type(value) is not bool:
            raise TypeError('attribute value type must be bool')
        self._trace_lines = value

    @property
    def f_trace_opcodes(self):
        return getattr(self, '_trace_opcodes', False)

    @f_trace_opcodes.setter
    def f_trace_opcodes(self, value):
        if _type(value) is not bool:
            raise TypeError('attribute value type must be bool')
        self._trace_opcodes = value
        if value:
            note_frame_trace = late('ophis.vm.tracing').note_frame_trace
            note_frame_trace(self)

    def clear(self):
        """F.clear(): clear most references held by the frame"""
        gen = self.gen
        if gen is not None:
            gen = gen()
        if gen is not None:
            EXECUTING = late('ophis.vm.generators').EXECUTING
            if gen._state == EXECUTING:
                raise RuntimeError('cannot clear an executing frame')
            # The generator is finalized, as CPython's frame_clear does:
            # closed if suspended; a coroutine never started warns.
            gen.__del__()
        elif is_executing(self):
            raise RuntimeError('cannot clear an executing frame')
        self.localsplus[:] = [NULL] * len(self.localsplus)
        self.stack.clear()
        self._locals_dict = None
        self._trace = None
        self._cleared = True

    def __repr__(self):
        code = self.code
        return '<frame at %#x, file %r, line %d, code %s>' % (
            id(self), code.co_filename, self.f_lineno, code.co_name)

    def __reduce__(self):
        raise TypeError("cannot pickle 'frame' object")


# type(frame) and error messages name CPython's type.
Frame.__name__ = Frame.__qualname__ = 'frame'
# Read by the type, not by its instances (ophis.bytecode.builtintype).
Frame.__module__ = _BUILTINS


def new_frame(code, globals, builtins, locals, localsplus, func):
    """A frame for code, ready to run from its first instruction."""
    frame = Frame.__new__(Frame)
    frame.code = code
    frame.globals = globals
    frame.builtins = builtins
    frame.locals = locals
    frame.localsplus = localsplus
    frame.stack = []
    frame.pc = 0
    frame.back = None
    frame.instrs = decoded(code).instrs
    frame.func = func
    frame.gen = None
    return frame


def decoded(code):
    """The pre-decoded form of code, made once per code object (None
    until then: every code object starts with it so)."""
    form = code._vm_decoded
    if form is None:
        form = code._vm_decoded = late('ophis.vm.decode').decode(code)
    return form


def line_at(code, index):
    """The line of the instruction at index (in code units), or None."""
    lines = decoded(code).lines
    if 0 <= index < len(lines):
        return lines[index]
    return None


def live_lasti(frame):
    """The index of the instruction frame is executing or last executed.

    While an eval loop runs a frame, the index lives in that loop's local
    variable ``pc`` (one past the instruction being executed); the frame's
    own ``pc`` slot is only written when control leaves it.  The running
    loops are found among the host's frames, only when asked: the calling
    thread's, or those of the thread the frame runs on (a frame reached
    through sys._current_frames()).
    """
    if get_tstate().frame is not None:
        pc = _running_pc(host_getframe(1), frame)
        if pc is not None:
            return pc - 1
    states = all_tstates()
    if len(states) > 1:
        me = _thread.get_ident()
        for tstate in states:
            if tstate.ident != me and _on_stack(tstate, frame):
                pc = _running_pc(_host_current_frames().get(tstate.ident),
                                 frame)
                if pc is not None:
                    return pc - 1
    return frame.pc - 1


_host_current_frames = sys._current_frames


def _running_pc(host_frame, frame):
    """The pc of the eval loop running frame among host_frame and the
    frames below it, or None."""
    LOOP_CODE = late('ophis.vm.loop').LOOP_CODE
    BLOCK_FILE = late('ophis.vm.breaker').BLOCK_FILE
    unstarted = None
    while host_frame is not None:
        code = host_frame.f_code
        # (pc is None when another thread's loop or block is read before
        # its first store of pc -- a watchdog's dump: for a block, the loop
        # below it then holds the block's own index; for a leaf block
        # another block called (no loop holds its frame), the frame's pc
        # is that index.)
        if code is LOOP_CODE:
            running, pc, _ = loop_state(host_frame)
            if running is frame and pc is not None:
                return pc
        elif code.co_filename == BLOCK_FILE:
            # A compiled block (ophis.vm.tier2): its pc is the index of
            # the instruction it runs.
            running, pc, _ = loop_state(host_frame)
            if running is frame:
                if pc is not None:
                    return pc + 1
                unstarted = frame.pc + 1
        host_frame = host_frame.f_back
    return unstarted


def _on_stack(tstate, frame):
    current = tstate.frame
    while current is not None:
        if current is frame:
            return True
        current = current.back
    return False


def loop_state(host_frame):
    """(frame, pc, entry) of a running eval loop, read from its host frame.

    Reading a host frame's f_locals leaves a snapshot dict on it; it is
    emptied at once, so that it keeps no Ophis frame alive."""
    local_vars = host_frame.f_locals
    state = (local_vars.get('f'), local_vars.get('pc'),
             local_vars.get('entry'))
    local_vars.clear()
    return state


def is_executing(frame):
    """Whether frame is on the current thread's stack of running frames."""
    current = get_tstate().frame
    while current is not None:
        if current is frame:
            return True
        current = current.back
    return False


def fast_to_locals(frame):
    """The dict that f_locals and locals() give for an optimized frame:
    refreshed from the fast locals, the same dict each time (as 3.11)."""
    mapping = getattr(frame, '_locals_dict', None)
    if mapping is None:
        if frame.locals is not None:
            mapping = frame.locals
        else:
            mapping = {}
        frame._locals_dict = mapping
    code = frame.code
    names = code.co_localsplusnames
    kinds = code.co_localspluskinds
    optimized = code.co_flags & CO_OPTIMIZED
    values = frame.localsplus
    for i, name in enumerate(names):
        kind = kinds[i]
        if kind & CO_FAST_FREE and not optimized:
            continue
        value = values[i]
        if kind & (CO_FAST_CELL | CO_FAST_FREE) and _type(value) is \
                CellType:
            try:
                value = value.cell_contents
            except ValueError:
                value = NULL
        if value is NULL:
            mapping.pop(name, None)
        else:
            mapping[name] = value
    return mapping


def sync_class_cells(frame):
    """A class body's cells are visible through its locals mapping."""
    code = frame.code
    kinds = code.co_localspluskinds
    if not any(k & CO_FAST_CELL for k in kinds):
        return
    fast_to_locals(frame)


def locals_to_fast(frame):
    """Write a trace function's changes of f_locals back to the fast
    locals (PyFrame_LocalsToFast), as CPython does after each trace call."""
    mapping = getattr(frame, '_locals_dict', None)
    code = frame.code
    if mapping is None or not code.co_flags & CO_OPTIMIZED:
        return
    names = code.co_localsplusnames
    kinds = code.co_localspluskinds
    values = frame.localsplus
    for i, name in enumerate(names):
        kind = kinds[i]
        value = mapping.get(name, NULL)
        old = values[i]
        if kind & (CO_FAST_CELL | CO_FAST_FREE) and _type(old) is \
                CellType:
            try:
                current = old.cell_contents
            except ValueError:
                current = NULL
            if current is not value:
                if value is NULL:
                    del old.cell_contents
                else:
                    old.cell_contents = value
        elif old is not value:
            values[i] = value


del sys
