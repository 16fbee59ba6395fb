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
from ophis.vm.generators import YIELD_AT
from ophis.vm.tier2.templates import template, END


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
    e.emit('f.yielded = True')
    e.emit(f'stack += ({below}{value},)')
    e.emit(f'f.pc = {e.index + 1}')
    e.emit(f'return {e.const(YIELD_AT)}')
