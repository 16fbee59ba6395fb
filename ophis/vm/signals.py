"""What a handler returns to the eval loop.

A handler returns None to go on with the next instruction, an int to jump
to that instruction index, a Frame to call it (push it and run it), or one
of the signals below.  Keeping these few cases in the loop lets handlers stay
plain functions of ``(frame, stack, arg)``.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)


class Signal:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'<signal {self.name}>'


# The frame returns the value on top of its stack.
RETURN = Signal('RETURN')
# A generator's frame returns the value on top of its stack (its
# generator is finished; inline, the resuming instruction completes).
GEN_RETURN = Signal('GEN_RETURN')
# The frame yields the value on top of its stack and is suspended.
YIELD = Signal('YIELD')
# The first instruction of a generator function: make the generator.
GENERATOR = Signal('GENERATOR')
# Re-raise the exception on top of the stack without a new traceback entry.
RERAISE = Signal('RERAISE')
# Raise the exception on top of the stack at the instruction after the
# running one (the second of a superinstruction raised it).
RAISE_NEXT = Signal('RAISE_NEXT')
# Check the eval breaker (signals, tracing switched on).
BREAK = Signal('BREAK')
# Raise the exception on top of the stack at the instruction whose index is
# in the frame's pc (a compiled block, ophis.vm.tier2, raised it).
RAISE_AT = Signal('RAISE_AT')
# Call the frame on top of the stack, made by a compiled block (ophis.vm.
# tier2) for a CALL whose caller goes on at the index in the frame's pc.
CALL_AT = Signal('CALL_AT')
# Return the value on top of the stack, from a compiled block's
# RETURN_VALUE or RETURN_CONST whose index (plus one) is in the frame's pc.
RETURN_AT = Signal('RETURN_AT')
# A compiled block called a leaf block (ophis.vm.tier2) itself and the
# callee must go on in the loop: tstate.frame is the callee, already pushed
# (linked, counted in the depth) and started; it continues at its f.pc.
# The caller has written its stack back and set its own f.pc.
ENTERED = Signal('ENTERED')
# The same, the callee having raised the exception on top of its stack at
# the instruction whose index is in its f.pc (RAISE_AT, in the callee).
ENTERED_RAISE = Signal('ENTERED_RAISE')
