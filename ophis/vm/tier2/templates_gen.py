"""Second-tier templates for a generator's own instructions.

YIELD_VALUE ends a block: the block writes its stack back, sets f.pc past
the yield (where a suspended generator's gi_frame.f_lineno and f_lasti
read it, as after the handler) and returns YIELD_AT, which the loop's YIELD
path takes as the handler's YIELD.  So a generator expression's loop
(FOR_ITER, STORE_FAST, LOAD_FAST, YIELD_VALUE) is one block instead of a
block and a plain YIELD_VALUE.  (A yield that is a jump target -- after
`1 if c else 0` -- is not in a block: it and the constant before it still
run plain.)

Registered into ophis.vm.tier2.templates.TEMPLATES when imported
(ophis.vm.tier2.compiler imports it after templates.py, as
templates_build).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm import ops_generators as _G
from ophis.vm import ops_control as _C
from ophis.vm.generators import (YIELD_AT, COLLECT, _sum_result,
                                 _any_result, _all_result, _PLAIN_TRUTH,
                                 _PLAIN_HASH)
from ophis.vm.tier2.templates import template, END
from ophis.vm.tier2.callsite import UNHANDLED
from ophis.vm.tier2.callsite import call_site as _call_site
from ophis.vm.generators import collecting_frame
from ophis.vm.signals import ENTERED
from ophis.vm.generators import consuming_frame
from ophis.vm.state import _local

_BUILTIN = type(len)


def consume_site(f, func, after, args, arg):
    """A compiled block's one-argument CALL of a builtin (sum, any, max,
    str.join...) with an Ophis generator, or of anything with an Ophis
    generator (templates.t_call sends it here instead of calling the
    builtin inline, as call_site's stand-in): the generator's frame pushed
    to run inline in the loop (generators.consuming_frame; tuple, list,
    set, frozenset: collecting_frame) as CALL's handler would push it,
    ENTERED; UNHANDLED (nothing done: the block's side exit to the
    handler) when the builtin or class must run it from the host; any
    other callable, call_site's call."""
    if type(func) is _BUILTIN:
        frame = consuming_frame(func, args[0])
    elif func is tuple or func is set or func is list or func is frozenset:
        # (What call_site's _construct -> construct -> collecting_frame
        # would do, without those two calls.)
        frame = collecting_frame(func, args[0])
    else:
        return _call_site(f, func, after, args, arg)
    if frame is None:
        return UNHANDLED
    # The loop's push (consuming_frame has checked the depth).
    T = _local.tstate
    T.depth += 1
    frame.back = f
    f.pc = after
    T.frame = frame
    return ENTERED


@template(_G.YIELD_VALUE, END)
def t_yield_value(e, arg):
    value = e.pop()
    # Not a leaf: a block running a callee's blocks directly (templates.
    # _direct_text) takes only RETURN_AT, RAISE_AT or an index back.
    e.makes_frames = True
    below = ''.join(f's{i}, ' for i in range(e.depth))
    # Tracing switched on by host code this block called: the plain
    # (instrumented) YIELD_VALUE runs, for its events.
    e.emit('if INSTRUMENTED[0]:')
    e.emit(f'    stack += ({below}{value},)')
    e.emit(f'    return {e.index}')
    # A builtin consumer's fold at the yield, as ops_generators.
    # YIELD_VALUE_INLINE does it (see there): the generator goes on at the
    # RESUME after the yield.
    c = e.const
    on = f'stack += ({below}None,)', f'return {e.index + 1}'
    if type(arg) is tuple and arg[1] is not None:
        # A loop's yield (superinstructions.fuse has put YIELD_VALUE_INLINE's
        # arg in the unfused list too): on at the loop's head, the RESUME,
        # POP_TOP and JUMP_BACKWARD stepped over, under its conditions.
        head = [f'if not requested[0] and f.instrs[{arg[1]}][0] is '
                f'{c(_C.JUMP_BACKWARD)}:']
        if arg[2] == e.start and e.depth == e.entry_depth:
            # The loop's head is this block's start, its stack what the
            # block took: on by `continue` (compiler.block_source puts the
            # body in a `while True`) instead of returning the index for
            # the loop to dispatch this block again -- one dispatch per
            # genexpr instead of one per value.  The slots above the
            # stack die first, as they would when the block returned (a
            # temporary's finalizer runs at the same point, and what it
            # does -- a request, tracing switched on, which instruments
            # the JUMP_BACKWARD in place -- is seen by the test); pc is
            # the start's again for unwind.
            dead = sorted(i for i in e.dirty if i >= e.depth)
            if dead:
                head.insert(0, ' = '.join(f's{i}' for i in dead) +
                            ' = None')
            head.append(f'    pc = {e.start}')
            head.append('    continue')
            e.loops = True
        else:
            if below:
                head.append(f'    stack += ({below})')
            head.append(f'    return {arg[2]}')
        on = tuple(head) + on
    e.emit('_how = f.inline')
    e.emit(f'if _how is not None and _how[0] is {c(COLLECT)}:')
    e.emit('    _kind = _how[3]')
    e.emit(f'    _cls = type({value})')
    e.emit(f'    if _kind is {c(_sum_result)}:')
    e.emit('        _how = _how[4]')
    e.emit('        _kind = type(_how.acc)')
    e.emit(f'        if (_cls is _kind or _cls is {c(bool)}) and '
           f'(_kind is {c(int)} or _kind is {c(float)}):')
    e.emit(f'            _how.acc = _how.acc + {value}')
    for line in on:
        e.emit('            ' + line)
    e.emit(f'    elif _kind is {c(tuple)} or _kind is {c(list)}:')
    e.emit(f'        _how[1]({value})')
    for line in on:
        e.emit('        ' + line)
    e.emit(f'    elif _kind is {c(set)} or _kind is {c(frozenset)}:')
    e.emit(f'        if _cls in {c(_PLAIN_HASH)}:')
    e.emit(f'            _how[4].add({value})')
    for line in on:
        e.emit('            ' + line)
    e.emit(f'    elif _kind is {c(_any_result)} or _kind is {c(_all_result)}:')
    e.emit(f'        if _cls in {c(_PLAIN_TRUTH)} and '
           f'(not {value}) is (_kind is {c(_any_result)}):')
    for line in on:
        e.emit('            ' + line)
    e.emit('f.yielded = True')
    e.emit(f'stack += ({below}{value},)')
    e.emit(f'f.pc = {e.index + 1}')
    e.emit(f'return {e.const(YIELD_AT)}')
