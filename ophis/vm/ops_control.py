"""Handlers: jumps, iteration, returning, and the points where a frame
starts or resumes.

Jump arguments are absolute instruction indexes; a handler returns the
target to jump.  Conditional jumps only go forward; JUMP_BACKWARD is where
loops check the eval breaker.
"""

from ophis.vm.frame import NULL
from ophis.vm.signals import RETURN, BREAK
from ophis.vm.breaker import requested, service

_iter = iter
_next = next


def RESUME(f, stack, arg):
    if requested[0]:
        return BREAK


def RETURN_VALUE(f, stack, arg):
    return RETURN


def RETURN_CONST(f, stack, arg):
    stack.append(arg)
    return RETURN


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
    value = _next(stack[-1], NULL)
    if value is NULL:
        del stack[-1]
        return arg
    stack.append(value)
