"""Handlers: jumps, iteration, returning, and the points where a frame
starts or resumes.

Jump arguments are absolute instruction indexes; a handler returns the
target to jump.  Conditional jumps only go forward; JUMP_BACKWARD is where
loops check the eval breaker.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.frame import NULL
from ophis.vm.signals import RETURN, GEN_RETURN, BREAK
from ophis.vm.generators import Generator, SUSPENDED, EXECUTING
from ophis.vm.state import _local, get_tstate
from ophis.vm.breaker import requested, service

_iter = iter
_next = next
_type = type


def RESUME(f, stack, arg):
    if requested[0]:
        return BREAK


def RETURN_VALUE(f, stack, arg):
    if f.gen is None:
        return RETURN
    return GEN_RETURN


def RETURN_CONST(f, stack, arg):
    stack.append(arg)
    if f.gen is None:
        return RETURN
    return GEN_RETURN


def JUMP_FORWARD(f, stack, arg):
    return arg


def JUMP_BACKWARD(f, stack, arg):
    if requested[0]:
        service(f)
    return arg


def JUMP_BACKWARD_NO_INTERRUPT(f, stack, arg):
    return arg


def POP_JUMP_IF_FALSE(f, stack, arg):
    if not stack.pop():
        return arg


def POP_JUMP_IF_TRUE(f, stack, arg):
    if stack.pop():
        return arg


def POP_JUMP_IF_NONE(f, stack, arg):
    if stack.pop() is None:
        return arg


def POP_JUMP_IF_NOT_NONE(f, stack, arg):
    if stack.pop() is not None:
        return arg


def JUMP_IF_FALSE_OR_POP(f, stack, arg):
    if not stack[-1]:
        return arg
    del stack[-1]


def JUMP_IF_TRUE_OR_POP(f, stack, arg):
    if stack[-1]:
        return arg
    del stack[-1]


def GET_ITER(f, stack, arg):
    stack[-1] = _iter(stack[-1])


def FOR_ITER(f, stack, arg):
    it = stack[-1]
    if _type(it) is Generator:
        # Run the generator's frame in this loop (no host recursion); it
        # yields back here, or on its return the loop jumps to arg.
        if it._state == SUSPENDED and not requested[0]:
            # The commonest case, as Generator._enter_inline does it
            # (without the call): the depth allowing, the RESUME after
            # the yield stepped over (it would only check the breaker).
            try:
                tstate = _local.tstate
            except AttributeError:
                tstate = get_tstate()
            if tstate.depth < tstate.limit:
                frame = it._frame
                pc = frame.pc
                if frame.instrs[pc][0] is RESUME:
                    frame.pc = pc + 1
                frame.stack.append(None)
                info = it._exc_state
                info.previous = tstate.exc_info
                tstate.exc_info = info
                it._state = EXECUTING
                frame.inline = ('for', arg)
                return frame
        frame = it._enter_inline(None, ('for', arg))
        if frame is not None:
            return frame
    value = _next(it, NULL)
    if value is NULL:
        del stack[-1]
        return arg
    stack.append(value)
