"""sys.settrace and sys.setprofile for Ophis code.

Tracing costs nothing while no thread traces: when the first trace or
profile function is set, every pre-decoded instruction list is
instrumented in place -- each ``(handler, arg)`` becomes
``(TRACE_STEP, (index, handler, arg))`` -- so running loops, which hold the
lists, see the change at their next instruction (like CPython 3.12's
sys.monitoring, which rewrites bytecode in place).  TRACE_STEP sends the
events CPython 3.11 sends and then runs the instruction; when no thread
traces any more, the lists are restored.

The events follow CPython 3.11's ceval.c: 'call' at each RESUME (a
generator's resumption included), 'line' when an instruction starts a new
line or jumps backwards, 'opcode' when f_trace_opcodes is set, 'return' at
RETURN_VALUE/RETURN_CONST/YIELD_VALUE and (with None) when an exception
leaves the frame, 'exception' when an exception arrives in a frame; the
profile function gets 'call' and 'return', and 'c_call', 'c_return',
'c_exception' around calls of builtin functions.  The global trace function
gets 'call' and its result becomes the frame's f_trace, which gets the other
events; while a trace function runs, nothing is traced.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late, FunctionType

import _weakref

from ophis.bytecode import instructions as _ins
from ophis.vm.frame import (NULL, decoded, fast_to_locals, locals_to_fast,
                            CO_OPTIMIZED)
from ophis.vm.signals import RETURN, GEN_RETURN, YIELD
from ophis.vm.state import get_tstate, all_tstates

_RESUME = _ins.RESUME
_CALL_OPS = (_ins.CALL, _ins.CALL_KW)
_CALL_FUNCTION_EX = _ins.CALL_FUNCTION_EX
_RETURN_OPS = (_ins.RETURN_VALUE, _ins.RETURN_CONST)
_YIELD_VALUE = _ins.YIELD_VALUE
_FOR_ITER = _ins.FOR_ITER
_SEND = _ins.SEND
_ITERATION_OPS = (_FOR_ITER, _SEND)
_type = type

# Decoded forms made so far (weakly), to instrument and restore in place.
_forms = []
_prune_at = [256]
_instrumented = [False]
# Bumped when instrumentation changes: a frame's record of the instruction
# it last traced is only good within one instrumented period.
_generation = [0]
# Host functions that stand for builtins in Ophis (ophis.runtime's
# replacements): the profile function sees c_call events for them.
BUILTIN_STANDINS = set()

BuiltinFunctionType = type(len)
MethodDescriptorType = type(str.join)


def register(form):
    """Called for every new decoded form: instrument it if tracing is on."""
    _forms.append(_weakref.ref(form))
    if len(_forms) >= _prune_at[0]:
        # Dead references go once the list has doubled since the last
        # pruning: code compiled again and again (eval in a loop) leaves
        # the list as long as twice the live forms, no longer.
        _forms[:] = [ref for ref in _forms if ref() is not None]
        _prune_at[0] = 2 * len(_forms) + 256
    if _instrumented[0]:
        _instrument(form)


def _instrument(form):
    instrs = form.instrs
    if form.plain is not None:
        return
    # Traced instructions run one by one: superinstructions (see
    # ophis.vm.superinstructions) are taken apart.
    form.plain = list(form.unfused or instrs)
    # Calls start at the RESUME again: it sends the 'call' event.
    form.entry[0] = 0
    ops = form.ops
    for index, (handler, arg) in enumerate(form.plain):
        opcode = ops[index][0]
        instrs[index] = (TRACE_STEP, (index, handler, arg, opcode))


def _restore(form):
    plain = form.plain
    if plain is None:
        return
    form.instrs[:] = plain
    form.plain = None
    late('ophis.vm.dispatch').fuse(form)
    late('ophis.vm.function').set_entry(form)


def _update_instrumentation():
    wanted = any(t.tracefunc is not None or t.profilefunc is not None
                 for t in all_tstates())
    if wanted == _instrumented[0]:
        return
    _instrumented[0] = wanted
    _generation[0] += 1
    alive = []
    for ref in _forms:
        form = ref()
        if form is None:
            continue
        alive.append(ref)
        if wanted:
            _instrument(form)
        else:
            _restore(form)
    _forms[:] = alive


# Whether sys.settrace / sys.setprofile is installing a function: the old
# function's release can run a __del__ that installs one again, which
# CPython 3.11 refuses (RuntimeError, reported as unraisable by __del__).
_installing = {'tracefunc': False, 'profilefunc': False}


def _install(tstate, slot, function, kind):
    if _installing[slot]:
        raise RuntimeError(f'Cannot install a {kind} function while another '
                           f'{kind} function is being installed')
    _installing[slot] = True
    try:
        # The old function is let go before the new one is set, as
        # CPython does: its __del__ sees no function installed.
        old = getattr(tstate, slot)
        setattr(tstate, slot, None)
        del old
        setattr(tstate, slot, function)
    finally:
        _installing[slot] = False
    _update_instrumentation()


def set_trace(tstate, function):
    _install(tstate, 'tracefunc', function, 'trace')


def set_profile(tstate, function):
    _install(tstate, 'profilefunc', function, 'profile')


def note_frame_trace(frame):
    """f_trace was set on a frame: nothing to do, the instrumented loop
    sends it events as long as a trace function is set."""


# --- calling trace functions ---------------------------------------------------

def _call_trace(tstate, function, frame, what, arg, index=None):
    """CPython's call_trace + call_trampoline: the frame's line is set for
    the call, its fast locals are made visible in f_locals and written back
    after."""
    if tstate.tracing:
        return None
    if index is None:
        index = frame.pc - 1
    lines = decoded(frame.code).lines
    line = lines[index] if 0 <= index < len(lines) else None
    frame._lineno = line if line is not None else 0
    previous_what = tstate.tracing_what
    tstate.tracing_what = what
    tstate.tracing += 1
    optimized = frame.code.co_flags & CO_OPTIMIZED
    if optimized:
        fast_to_locals(frame)
    try:
        return function(frame, what, arg)
    finally:
        if optimized:
            locals_to_fast(frame)
        tstate.tracing -= 1
        tstate.tracing_what = previous_what
        frame._lineno = 0


def _trampoline(tstate, frame, what, arg, index=None):
    """The trace function gets 'call'; the frame's f_trace the rest.  A
    result other than None becomes f_trace.  If it raises, tracing stops
    and the exception goes on in the traced code."""
    if what == 'call':
        callback = tstate.tracefunc
    else:
        callback = getattr(frame, '_trace', None)
    if callback is None:
        return
    try:
        result = _call_trace(tstate, callback, frame, what, arg, index)
    except BaseException:
        set_trace(tstate, None)
        frame._trace = None
        raise
    if result is not None:
        frame._trace = result


def _profile(tstate, frame, what, arg, index=None):
    function = tstate.profilefunc
    if function is None:
        return
    try:
        _call_trace(tstate, function, frame, what, arg, index)
    except BaseException:
        set_profile(tstate, None)
        raise


def function_entry(tstate, frame, index):
    if tstate.tracefunc is not None:
        _trampoline(tstate, frame, 'call', None, index)
    if tstate.profilefunc is not None:
        _profile(tstate, frame, 'call', None, index)


def function_exit(tstate, frame, value, index=None):
    if tstate.tracefunc is not None:
        _trampoline(tstate, frame, 'return', value, index)
    if tstate.profilefunc is not None:
        _profile(tstate, frame, 'return', value, index)


def exception_event(tstate, frame, exc, index):
    """An exception arrived in frame (CPython's call_exc_trace)."""
    if tstate.tracefunc is None or tstate.tracing:
        return
    _trampoline(tstate, frame, 'exception',
                (_type(exc), exc, exc.__traceback__), index)


def exit_with_exception(tstate, frame, index, exc):
    """The frame is left by exc: 'return' with None (CPython's
    TRACE_FUNCTION_UNWIND).  Returns the exception the frame leaves with:
    one the trace or profile function raised replaces exc, as CPython's
    call_trace_protected drops the exception it saved (bdb's quit on a
    'return' event ends the run with BdbQuit)."""
    if tstate.tracing:
        return exc
    try:
        function_exit(tstate, frame, None, index)
    except BaseException as error:
        return error
    return exc


# --- the instrumented step ----------------------------------------------------

def _first_traceable(form):
    first = form.first_traceable
    if first is None:
        first = 0
        for index, (opcode, _) in enumerate(form.ops):
            if opcode == _RESUME:
                first = index
                break
        form.first_traceable = first
    return first


def TRACE_STEP(f, stack, arg):
    """Send the events due before instruction arg[0], then run it."""
    index, handler, harg, opcode = arg
    tstate = get_tstate()
    if (tstate.tracefunc is None and tstate.profilefunc is None) \
            or tstate.tracing:
        return handler(f, stack, harg)
    form = decoded(f.code)
    marker = getattr(f, '_trace_prev', None)
    if marker is not None and marker[0] == _generation[0]:
        previous = marker[1]
    else:
        # First traced instruction of a frame that ran untraced: the
        # instruction before it ran last (a jump here is the exception).
        previous = index - 1
    f._trace_prev = (_generation[0], index)
    if index < _first_traceable(form):
        return handler(f, stack, harg)
    if opcode == _RESUME:
        function_entry(tstate, f, index)
    elif tstate.tracefunc is not None and getattr(f, '_trace', None) is not \
            None:
        lines = form.lines
        line = lines[index]
        if line is not None and getattr(f, '_trace_lines', True):
            # Nothing before the first RESUME counts as a previous line.
            last = lines[previous] if _first_traceable(form) < previous < \
                len(lines) else None
            if line != last or (index < previous and opcode != _ins.SEND):
                f._jump = None
                _trampoline(tstate, f, 'line', None, index)
                target = getattr(f, '_jump', None)
                if target is not None:
                    f._jump = None
                    # The line jumped to counts as traced already: CPython
                    # sends no 'line' event for it (its frame_setlineno
                    # leaves the previous instruction on that line).
                    f._trace_prev = (_generation[0], target)
                    _check_locals_after_jump(f, form)
                    return target
        if getattr(f, '_trace_opcodes', False):
            _trampoline(tstate, f, 'opcode', None, index)
    if opcode in _CALL_OPS and tstate.profilefunc is not None:
        return _profiled_call(tstate, f, stack, handler, harg, opcode, index)
    if opcode == _CALL_FUNCTION_EX and tstate.profilefunc is not None:
        return _profiled_call_ex(tstate, f, stack, handler, harg, index)
    if opcode in _ITERATION_OPS and tstate.tracefunc is not None and \
            getattr(f, '_trace', None) is not None:
        return _traced_iteration(tstate, f, stack, harg, opcode, index)
    result = handler(f, stack, harg)
    if result is RETURN or result is YIELD or result is GEN_RETURN:
        function_exit(tstate, f, stack[-1], index)
    return result


def _traced_iteration(tstate, f, stack, target, opcode, index):
    """FOR_ITER and SEND in a traced frame.  CPython 3.11 takes its slow
    path then (no generator run inside the loop) and reports the
    StopIteration that ends the iteration as an 'exception' event in this
    frame -- when there is one: a generator that returns None to __next__
    sets none, nor does a C iterator that runs out."""
    generators = late('ophis.vm.generators')
    if opcode == _SEND:
        value = stack.pop()
        receiver = stack[-1]
    else:
        value = None
        receiver = stack[-1]
    cls = _type(receiver)
    by_next = value is None and hasattr(cls, '__next__')
    if cls is generators.Generator or cls is generators.Coroutine:
        status, result = receiver._send2(NULL if by_next else value)
        if status == generators.NEXT:
            stack.append(result)
            return None
        result = None if result is NULL else result
        if not by_next or result is not None:
            exception_event(tstate, f, generators.stop_iteration(result),
                            index)
    else:
        try:
            result = next(receiver) if by_next else receiver.send(value)
            stop = None
        except StopIteration as error:
            stop = error
        if stop is None:
            stack.append(result)
            return None
        result = stop.value
        if not by_next:
            raised = True
        elif cls is generators.GeneratorType:
            raised = result is not None
        else:
            # Only a __next__ written in Python raises it; C iterators
            # just run out.
            method = _type(getattr(cls, '__next__', None))
            raised = method is FunctionType or \
                method is late('ophis.vm.function').Function
        if raised:
            late('ophis.vm.tracebacks').clean(stop)
            exception_event(tstate, f, stop, index)
        stop = None
    if opcode == _SEND:
        stack[-1] = result
    else:
        del stack[-1]
    return target


def _profiled_call(tstate, f, stack, handler, harg, opcode, index):
    """A call under a profile function: 'c_call' and 'c_return' or
    'c_exception' around a builtin function."""
    nargs = harg + (1 if opcode == _ins.CALL_KW else 0)
    func = stack[-nargs - 2]
    self_slot = stack[-nargs - 1]
    shown = None
    if _type(func) is BuiltinFunctionType or func in BUILTIN_STANDINS:
        shown = func
    elif _type(func) is MethodDescriptorType and (
            self_slot is not NULL or harg > 0):
        receiver = self_slot if self_slot is not NULL else stack[-harg - (
            1 if opcode == _ins.CALL_KW else 0)]
        shown = func.__get__(receiver, _type(receiver))
    if shown is None:
        return handler(f, stack, harg)
    _profile(tstate, f, 'c_call', shown, index)
    try:
        result = handler(f, stack, harg)
    except BaseException:
        _profile(tstate, f, 'c_exception', shown, index)
        raise
    _profile(tstate, f, 'c_return', shown, index)
    return result


def _profiled_call_ex(tstate, f, stack, handler, harg, index):
    """f(*args, **kwargs) under a profile function: 'c_call' and 'c_return'
    or 'c_exception' around a builtin function, a method descriptor shown
    bound to its first argument (CPython's do_call_core).  The arguments
    become a tuple first: an error making it comes before any event."""
    position = -2 if harg & 1 else -1
    func = stack[position - 2]
    if _type(func) is BuiltinFunctionType or func in BUILTIN_STANDINS:
        shown = func
    elif _type(func) is MethodDescriptorType:
        shown = None
    else:
        return handler(f, stack, harg)
    callargs = stack[position]
    if _type(callargs) is not tuple:
        try:
            callargs = tuple(callargs)
        except TypeError:
            if late('ophis.vm.ops_build').is_non_iterable(callargs):
                # The handler raises CPython's 'argument after *' error.
                return handler(f, stack, harg)
            raise
        stack[position] = callargs
    if shown is None:
        if not callargs:
            return handler(f, stack, harg)
        receiver = callargs[0]
        shown = func.__get__(receiver, _type(receiver))
    _profile(tstate, f, 'c_call', shown, index)
    try:
        result = handler(f, stack, harg)
    except BaseException:
        _profile(tstate, f, 'c_exception', shown, index)
        raise
    _profile(tstate, f, 'c_return', shown, index)
    return result


# --- jumping by setting f_lineno ----------------------------------------------

def set_frame_lineno(frame, value):
    """frame.f_lineno = value from a trace function: where CPython allows
    it, the frame continues at the first instruction of that line."""
    tstate = get_tstate()
    what = tstate.tracing_what
    if what == 'exception':
        raise ValueError("can only jump from a 'line' trace event")
    if what == 'call':
        raise ValueError("can't jump from the 'call' trace event of a new "
                         'frame')
    if what != 'line':
        raise ValueError("can only jump from a 'line' trace event")
    if getattr(frame, '_trace', None) is None:
        raise ValueError('f_lineno can only be set by a trace function')
    if _type(value) is not int:
        raise ValueError('lineno must be an integer')
    code = frame.code
    if value < code.co_firstlineno:
        raise ValueError(f'line {value} comes before the current code block')
    form = decoded(code)
    starts = _line_starts(form)
    candidates = [line for line in starts if line is not None
                  and line >= value]
    if not candidates:
        raise ValueError(f'line {value} comes after the current code block')
    line = min(candidates)
    best_target = late('ophis.vm.jumps').best_target
    frame._jump = best_target(frame, form, starts, line)


def _check_locals_after_jump(frame, form):
    """A jump can skip a local's binding, where the compiler used
    LOAD_FAST (the local is bound there on every path): if a local is
    unbound after the jump, every LOAD_FAST of the code checks from now on
    (as CPython 3.12's frame_setlineno makes them LOAD_FAST_CHECK)."""
    nlocals = frame.code.co_nlocals
    if NULL not in frame.localsplus[:nlocals]:
        return
    table = late('ophis.vm.dispatch').TABLE
    plain_load = table[_ins.LOAD_FAST]
    checked_load = table[_ins.LOAD_FAST_CHECK]
    ops = form.ops
    instrs = form.instrs
    plain = form.plain
    for index, (opcode, _) in enumerate(ops):
        if opcode != _ins.LOAD_FAST:
            continue
        if plain is not None:
            handler, arg = plain[index]
            if handler is plain_load:
                plain[index] = (checked_load, arg)
        handler, arg = instrs[index]
        if handler is plain_load:
            instrs[index] = (checked_load, arg)
        elif handler is TRACE_STEP and arg[1] is plain_load:
            instrs[index] = (TRACE_STEP, (arg[0], checked_load, arg[2],
                                          arg[3]))


def _line_starts(form):
    starts = []
    last = None
    for line in form.lines:
        if line is not None and line != last:
            starts.append(line)
            last = line
        else:
            starts.append(None)
    return starts
