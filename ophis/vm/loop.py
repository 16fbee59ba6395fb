"""The eval loop.

One loop runs a chain of Ophis frames: a call from Ophis code to an Ophis
function pushes a frame and carries on in the same loop, and a return pops
it (decision 8), so Ophis-to-Ophis calls do not use the host's stack.  Host
code calling into Ophis (a callback, a dunder method called by a host
operation, Function.__call__, a generator's send) re-enters with
run_frame(), which runs one frame, and whatever it calls, to its end.

The running frame's state lives in locals of the loop function while it
runs -- the frame, its value stack, its instructions and the index ``pc`` of
the next instruction -- and is written back to the frame whenever control
leaves it; ophis.vm.frame.live_lasti reads ``f`` and ``pc`` from the loop's
host frame when host code asks for the line of a running frame.

Each instruction is a ``(handler, arg)`` pair (ophis.vm.decode); a handler
returns None, a jump target, a Frame to call, or a signal
(ophis.vm.signals).  Exceptions are handled as CPython 3.11 does: a
traceback entry for the frame, a lookup in the exception table, the stack
cut to the handler's depth (with the raising instruction's index when the
handler wants it) and the exception pushed; with no handler the frame is
left and the caller does the same.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

import sys

from ophis.vm.frame import Frame, NULL
from ophis.vm.decode import find_handler
from ophis.vm.signals import (RETURN, GEN_RETURN, YIELD, GENERATOR,
                               RERAISE, BREAK, RAISE_NEXT, RAISE_AT,
                               CALL_AT, RETURN_AT, ENTERED, ENTERED_RAISE)
from ophis.vm.state import get_tstate, topmost_exception
from ophis.vm import tracebacks
from ophis.vm import breaker
from ophis.vm import tracing
from ophis.vm import generators
from ophis.vm.generators import SUSPENDED, COLLECT, YIELD_AT, collected
from ophis.vm.ops_control import RESUME as _RESUME_HANDLER
from ophis.vm.ops_control import RETURN_VALUE as _RETURN_VALUE
from ophis.vm.construct import SHIM_CODE
from ophis.vm import function as _function
from ophis.vm.state import _local


_type = type
_getrefcount = sys.getrefcount
# References to a returning frame that the loop itself holds (its local f,
# tstate.frame, getrefcount's argument).
_FRAME_REFS = 3
# The same for an entry frame in run_frame: its argument, its caller's
# local, getrefcount's argument.
_ENTRY_REFS = 3
# References to a frame's localsplus list when only the frame holds it (the
# frame, a local of the loop, getrefcount's argument); a traceback entry's
# stand-in frame holds it too (see tracebacks.standin_frame).
_LOCALS_REFS = 3

RECURSION_MESSAGE = 'maximum recursion depth exceeded'

# What CPython's C code says when its own depth check fails on the way into
# one of these special methods (PyObject_Repr, PyObject_Str, comparisons).
_C_CHECK_WORDING = {
    '__repr__': ' while getting the repr of an object',
    '__str__': ' while getting the str of an object',
    '__eq__': ' in comparison', '__ne__': ' in comparison',
    '__lt__': ' in comparison', '__le__': ' in comparison',
    '__gt__': ' in comparison', '__ge__': ' in comparison',
    '__instancecheck__': ' in __instancecheck__',
    '__subclasscheck__': ' in __subclasscheck__',
}


def run_frame(frame, entry_cost=2, throwing=NULL):
    """Run frame from host code until it returns (or, for a generator's
    frame, yields); return the value.

    entry_cost is what the entry adds to the recursion depth as CPython
    counts it: the host call that led here and the frame (2), or only the
    frame (1) for a program's main module or a resumed generator.  If
    throwing is given, the frame (a suspended generator's) resumes by
    raising it where it stopped.
    """
    try:
        tstate = _local.tstate
    except AttributeError:
        tstate = get_tstate()
    depth = tstate.depth + entry_cost
    if depth > tstate.limit or tstate.reentries >= tstate.reentry_limit:
        if entry_cost > 1 and tstate.depth + 1 > tstate.limit:
            # The host call that led here counts first, as in CPython,
            # where its C code checks the depth with its own wording.
            raise RecursionError(RECURSION_MESSAGE + _C_CHECK_WORDING.get(
                frame.code.co_name, ' while calling a Python object'))
        raise RecursionError(RECURSION_MESSAGE)
    tstate.depth = depth
    frame.back = tstate.frame
    tstate.frame = frame
    try:
        return _run(tstate, frame, throwing)
    finally:
        tstate.depth -= entry_cost
        if frame.gen is None and _getrefcount(frame) <= _ENTRY_REFS:
            localsplus = frame.localsplus
            if _getrefcount(localsplus) <= _LOCALS_REFS:
                localsplus.reverse()
                localsplus.clear()


def _run(tstate, entry, throwing):
    """Run entry (already linked as tstate.frame and counted in the depth)
    and the frames it calls, until entry returns or yields.  If throwing is
    not NULL, start by raising it in entry at its current instruction."""
    tstate.reentries += 1
    # Locals for what the dispatch tests on every handler result.
    type_of = _type
    int_type = int
    frame_type = Frame
    f = entry
    stack = f.stack
    instrs = f.instrs
    pc = f.pc
    if throwing is NULL:
        exc = None
    else:
        exc = throwing
        lasti = pc - 1
        new_entry = True
        raised_here = False
        if tstate.tracefunc is not None or tstate.profilefunc is not None:
            # A generator resumed by throw() (close(), finalization) gets
            # its 'call' event first, as CPython's
            # TRACE_FUNCTION_THROW_ENTRY sends it.  If the trace function
            # fails, the frame is left with its error at once (CPython's
            # exit_unwind: no handler, traceback entry or 'return' event).
            try:
                tracing.function_entry(tstate, f, lasti)
            except BaseException:
                tstate.frame = f.back
                tstate.reentries -= 1
                raise
    try:
        while True:
            if exc is None:
                try:
                    while True:
                        fn, arg = instrs[pc]
                        pc += 1
                        r = fn(f, stack, arg)
                        if r is None:
                            continue
                        cls = type_of(r)
                        if cls is int_type:
                            pc = r
                            continue
                        if cls is frame_type:
                            # A call: push the callee and run it here.
                            if tstate.depth >= tstate.limit:
                                raise RecursionError(RECURSION_MESSAGE)
                            tstate.depth += 1
                            f.pc = pc
                            r.back = f
                            tstate.frame = f = r
                            stack = f.stack
                            instrs = f.instrs
                            pc = f.pc
                            continue
                        if r is RETURN or r is RETURN_AT:
                            # (RETURN_AT: a compiled block, ophis.vm.tier2,
                            # returned and has set f.pc itself.)
                            while True:
                                if f is entry:
                                    if r is RETURN:
                                        f.pc = pc
                                    tstate.frame = f.back
                                    return stack.pop()
                                # No local keeps the value or the frame:
                                # both must die when the caller lets them
                                # go.
                                tstate.depth -= 1
                                returning = stack
                                callee = f
                                callee_pc = pc
                                # The caller is the running frame when the
                                # locals die (a __del__ or a never-awaited
                                # warning sees it), as in CPython's
                                # clear_thread_frame.
                                f = f.back
                                tstate.frame = f
                                stack = f.stack
                                instrs = f.instrs
                                pc = f.pc
                                if _getrefcount(callee) <= _FRAME_REFS - 1:
                                    # Nobody else holds the frame: its
                                    # locals die now, first to last, as
                                    # CPython's _PyFrame_Clear drops them.
                                    localsplus = callee.localsplus
                                    if _getrefcount(localsplus) <= \
                                            _LOCALS_REFS:
                                        localsplus.reverse()
                                        localsplus.clear()
                                    localsplus = None
                                else:
                                    # Someone keeps the frame: its
                                    # f_lineno is the line it returned
                                    # from.
                                    if r is RETURN:
                                        callee.pc = callee_pc
                                callee = None
                                stack.append(returning.pop())
                                # The caller's next instruction a plain
                                # RETURN_VALUE (the continuation of
                                # ``return g(x)`` after a call that went
                                # on in the loop, a block of one
                                # instruction being none): its return
                                # run here, as its dispatch would (a
                                # traced or instrumented list holds
                                # another handler there).
                                if instrs[pc][0] is not _RETURN_VALUE \
                                        or f.gen is not None:
                                    break
                                pc += 1
                                r = RETURN
                            continue
                        if r is CALL_AT:
                            # A compiled block made the frame (on top of
                            # the stack); the caller goes on at f.pc,
                            # which the block has set.  (The push above,
                            # repeated: a handler's call pays no extra
                            # test for it.)  pc first: a RecursionError
                            # raised here is the CALL's (lasti = pc - 1).
                            r = stack.pop()
                            pc = f.pc
                            if tstate.depth >= tstate.limit:
                                raise RecursionError(RECURSION_MESSAGE)
                            tstate.depth += 1
                            r.back = f
                            tstate.frame = f = r
                            stack = f.stack
                            instrs = f.instrs
                            pc = f.pc
                            continue
                        if r is YIELD_AT:
                            # A compiled block's YIELD_VALUE (ophis.vm.
                            # tier2.templates_gen) has set f.pc.
                            pc = f.pc
                            r = YIELD
                        if r is YIELD:
                            f.pc = pc
                            if f is entry:
                                # The generator (_send2) unlinks f.back.
                                tstate.frame = f.back
                                return stack.pop()
                            if f.inline[0] is COLLECT:
                                # A host consumer's generator (tuple(),
                                # set()...: collecting_frame): the value
                                # into its container, then on at once, the
                                # RESUME stepped over as __next__ does.
                                try:
                                    then = f.inline[1](stack.pop())
                                except BaseException as error:
                                    # Raised by the consumer, at its CALL:
                                    # the generator suspended and dropped
                                    # (finalized) first.
                                    f = _abandon(tstate, f)
                                    stack = f.stack
                                    instrs = f.instrs
                                    pc = f.pc
                                    raise
                                if then is not None:
                                    # A builtin consumer (sum, any...:
                                    # consuming_frame) has decided, or
                                    # leaves the rest to the host: the
                                    # generator suspended and dropped, then
                                    # its result at the CALL's place.
                                    f = _abandon(tstate, f)
                                    stack = f.stack
                                    instrs = f.instrs
                                    pc = f.pc
                                    stack.append(then())
                                    then = None
                                    if breaker.requested[0]:
                                        f.pc = pc
                                        breaker.service(f)
                                    continue
                                stack.append(None)
                                if instrs[pc][0] is _RESUME_HANDLER and \
                                        not breaker.requested[0]:
                                    pc += 1
                                continue
                            # Inline: the value goes to the FOR_ITER or
                            # SEND that resumed the generator, which is
                            # suspended again (_leave_inline's work,
                            # without the call).
                            caller = f.back
                            gen = f.gen()
                            info = gen._exc_state
                            tstate.exc_info = info.previous
                            info.previous = None
                            gen._state = SUSPENDED
                            gen = info = None
                            f.back = None
                            f.inline = None
                            tstate.depth -= 1
                            caller.stack.append(stack.pop())
                            f = caller
                            caller = None
                            tstate.frame = f
                            stack = f.stack
                            instrs = f.instrs
                            pc = f.pc
                            continue
                        if r is GEN_RETURN:
                            if f is entry:
                                tstate.frame = f.back
                                return stack.pop()
                            how = f.inline
                            caller = f.back
                            f.gen()._leave_inline(f, tstate, False)
                            tstate.depth -= 1
                            returning = stack
                            f = caller
                            caller = None
                            tstate.frame = f
                            stack = f.stack
                            instrs = f.instrs
                            if how[0] is COLLECT:
                                # The host consumer's result, after the
                                # CALL (the generator's value unused);
                                # its failure (max() of nothing) is the
                                # CALL's.
                                del returning[-1]
                                pc = f.pc
                                stack.append(collected(how))
                                how = None
                                continue
                            if how[0] == 'for':
                                # Exhausted: FOR_ITER pops the iterator.
                                stack[-1] = returning.pop()
                                del stack[-1]
                            else:
                                # SEND: the value replaces the receiver.
                                stack[-1] = returning.pop()
                            pc = how[1]
                            continue
                        if r is GENERATOR:
                            make_generator = generators.make_generator
                            f.pc = pc
                            caller = f.back
                            f.back = None
                            if f is entry:
                                tstate.frame = caller
                                return make_generator(f, caller)
                            tstate.depth -= 1
                            caller.stack.append(make_generator(f, caller))
                            f = caller
                            caller = None
                            tstate.frame = f
                            stack = f.stack
                            instrs = f.instrs
                            pc = f.pc
                            continue
                        if r is RERAISE:
                            exc = stack.pop()
                            lasti = pc - 1
                            new_entry = False
                            raised_here = False
                            break
                        if r is RAISE_NEXT:
                            # The second instruction of a superinstruction
                            # raised it.
                            exc = stack.pop()
                            lasti = pc
                            new_entry = True
                            raised_here = True
                            break
                        if r is BREAK:
                            f.pc = pc
                            breaker.service(f)
                            continue
                        if r is RAISE_AT:
                            # A compiled block (ophis.vm.tier2) raised it
                            # at the instruction whose index is in f.pc.
                            exc = stack.pop()
                            lasti = f.pc
                            new_entry = True
                            raised_here = True
                            break
                        if r is ENTERED:
                            # A compiled block ran a leaf callee itself
                            # (ophis.vm.tier2) and left it unfinished: the
                            # callee, pushed already, goes on here.
                            f = tstate.frame
                            stack = f.stack
                            instrs = f.instrs
                            pc = f.pc
                            continue
                        if r is ENTERED_RAISE:
                            # The same, the callee having raised at f.pc.
                            f = tstate.frame
                            stack = f.stack
                            instrs = f.instrs
                            exc = stack.pop()
                            lasti = f.pc
                            new_entry = True
                            raised_here = True
                            break
                        raise SystemError(f'bad handler result {r!r}')
                except BaseException as error:
                    exc = error
                    lasti = pc - 1
                    new_entry = True
                    raised_here = True
                if exc is None:
                    continue
            # --- unwinding (outside the except clause, so that the host
            # does not chain anything raised from here on to exc) ---
            if raised_here:
                raised_here = False
                # Host code raised it (a C function): chain it to the
                # exception being handled, as CPython's _PyErr_SetObject
                # would have -- unless it was raised by Ophis code before
                # (it has Ophis traceback entries), where chaining happened.
                if exc.__context__ is None and not tracebacks.has_standin(
                        exc.__traceback__):
                    tracebacks.chain_context(
                        exc, topmost_exception(tstate.exc_info))
            while True:
                if new_entry and f.code is not SHIM_CODE:
                    tracebacks.add_entry(exc, f, lasti)
                    if tstate.tracefunc is not None:
                        try:
                            tracing.exception_event(tstate, f, exc, lasti)
                        except BaseException as error:
                            exc = error
                handler = find_handler(_handlers_of(f), lasti)
                if handler is not None:
                    if getattr(f, '_snapshot', None):
                        tracebacks.clear_snapshot(f)
                    depth = handler[3]
                    del stack[depth:]
                    if handler[4]:
                        stack.append(lasti)
                    stack.append(exc)
                    pc = handler[2]
                    exc = None
                    break
                # No handler: the frame is left with the exception.
                stack.clear()
                f.pc = lasti + 1
                if getattr(f, '_snapshot', None):
                    tracebacks.refresh_snapshot(f)
                if tstate.tracefunc is not None or \
                        tstate.profilefunc is not None:
                    exc = tracing.exit_with_exception(tstate, f, lasti, exc)
                if f is entry:
                    tstate.frame = f.back
                    error = exc
                    exc = None
                    try:
                        raise error
                    finally:
                        # This frame, kept by the traceback's entry for
                        # it, must not keep the exception: no cycle.
                        error = None
                tstate.depth -= 1
                done = f
                f = f.back
                if done.gen is not None and done.inline is not None:
                    exc = generators.inline_exception(done, tstate, exc)
                done = None
                tstate.frame = f
                stack = f.stack
                instrs = f.instrs
                pc = f.pc
                lasti = pc - 1
                new_entry = True
    finally:
        tstate.reentries -= 1


LOOP_CODE = _run.__code__

# Function.__call__ (host code calling an Ophis function) enters here;
# a generator's __next__ here (see Generator.__next__).
_function.run_frame = run_frame
generators._run = _run
generators._RESUME = _RESUME_HANDLER


def _abandon(tstate, frame):
    """A host consumer (collecting_frame, consuming_frame) failed on a
    value its generator yielded, or is done with it (any() found its
    value): suspend the generator, drop it (a suspended generator nobody
    holds is finalized then, as when the host consumer lets it go) and
    return the caller, now running, to raise the failure in or to push
    the result on."""
    caller = frame.back
    gen = frame.inline[2]
    gen._leave_inline(frame, tstate, True)
    tstate.depth -= 1
    tstate.frame = caller
    gen = None
    return caller


def _handlers_of(frame):
    decoded = late('ophis.vm.frame').decoded
    return decoded(frame.code).handlers


def run_code(code, globals, locals=None, closure=None, entry_cost=2):
    """Run a module-level (or exec'd) code object with the given
    namespaces, as exec() does; return what it returns."""
    new_frame = late('ophis.vm.frame').new_frame
    builtins_from_globals = late('ophis.vm.function').builtins_from_globals
    if locals is None:
        locals = globals
    builtins = builtins_from_globals(globals)
    nlocalsplus = len(code.co_localsplusnames)
    localsplus = [NULL] * nlocalsplus
    func = None
    if closure:
        # COPY_FREE_VARS takes the cells from the running function.
        new_function = late('ophis.vm.function').new_function
        func = new_function(code, globals, None, None, None, tuple(closure))
    frame = new_frame(code, globals, builtins, locals, localsplus, func)
    return run_frame(frame, entry_cost)
