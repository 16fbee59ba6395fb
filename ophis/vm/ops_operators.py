"""Handlers: unary, binary and comparison operators, identity and
membership tests, subscripts and slices.

The host's operators give CPython's results and error messages, since the
operands are host objects.  BINARY_OP and COMPARE_OP are decoded to the
``_operator`` function of their argument; the commonest get a handler of
their own that spells the operator out (cheaper than a call).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import _operator

from ophis.bytecode.instructions import BINARY_OPS, COMPARE_OPS

_BINARY_FUNCS = {
    '+': _operator.add, '&': _operator.and_, '//': _operator.floordiv,
    '<<': _operator.lshift, '@': _operator.matmul, '*': _operator.mul,
    '%': _operator.mod, '|': _operator.or_, '**': _operator.pow,
    '>>': _operator.rshift, '-': _operator.sub, '/': _operator.truediv,
    '^': _operator.xor,
    '+=': _operator.iadd, '&=': _operator.iand, '//=': _operator.ifloordiv,
    '<<=': _operator.ilshift, '@=': _operator.imatmul, '*=': _operator.imul,
    '%=': _operator.imod, '|=': _operator.ior, '**=': _operator.ipow,
    '>>=': _operator.irshift, '-=': _operator.isub,
    '/=': _operator.itruediv, '^=': _operator.ixor,
}

_COMPARE_FUNCS = {
    '<': _operator.lt, '<=': _operator.le, '==': _operator.eq,
    '!=': _operator.ne, '>': _operator.gt, '>=': _operator.ge,
}


# --- unary ------------------------------------------------------------------

def UNARY_POSITIVE(f, stack, arg):
    stack[-1] = +stack[-1]


def UNARY_NEGATIVE(f, stack, arg):
    stack[-1] = -stack[-1]


def UNARY_NOT(f, stack, arg):
    stack[-1] = not stack[-1]


def UNARY_INVERT(f, stack, arg):
    stack[-1] = ~stack[-1]


# --- binary -----------------------------------------------------------------

def decode_BINARY_OP(code, oparg):
    symbol = BINARY_OPS[oparg]
    special = _BINARY_SPECIAL.get(symbol)
    if special is not None:
        return special, oparg
    return BINARY_OP, _BINARY_FUNCS[symbol]


def BINARY_OP(f, stack, arg):
    # arg is the _operator function of the instruction's operator.
    rhs = stack.pop()
    stack[-1] = arg(stack[-1], rhs)


def _binary_add(f, stack, arg):
    rhs = stack.pop()
    stack[-1] = stack[-1] + rhs


def _binary_subtract(f, stack, arg):
    rhs = stack.pop()
    stack[-1] = stack[-1] - rhs


def _binary_multiply(f, stack, arg):
    rhs = stack.pop()
    stack[-1] = stack[-1] * rhs


def _inplace_add(f, stack, arg):
    rhs = stack.pop()
    lhs = stack[-1]
    lhs += rhs
    stack[-1] = lhs


def _inplace_subtract(f, stack, arg):
    rhs = stack.pop()
    lhs = stack[-1]
    lhs -= rhs
    stack[-1] = lhs


_BINARY_SPECIAL = {
    '+': _binary_add, '-': _binary_subtract, '*': _binary_multiply,
    '+=': _inplace_add, '-=': _inplace_subtract,
}


# --- comparisons --------------------------------------------------------------

def decode_COMPARE_OP(code, oparg):
    symbol = COMPARE_OPS[oparg]
    special = _COMPARE_SPECIAL.get(symbol)
    if special is not None:
        return special, oparg
    return COMPARE_OP, _COMPARE_FUNCS[symbol]


def COMPARE_OP(f, stack, arg):
    # arg is the _operator function of the comparison.
    rhs = stack.pop()
    stack[-1] = arg(stack[-1], rhs)


def _compare_lt(f, stack, arg):
    rhs = stack.pop()
    stack[-1] = stack[-1] < rhs


def _compare_eq(f, stack, arg):
    rhs = stack.pop()
    stack[-1] = stack[-1] == rhs


def _compare_gt(f, stack, arg):
    rhs = stack.pop()
    stack[-1] = stack[-1] > rhs


_COMPARE_SPECIAL = {'<': _compare_lt, '==': _compare_eq, '>': _compare_gt}


def IS_OP(f, stack, arg):
    rhs = stack.pop()
    if arg:
        stack[-1] = stack[-1] is not rhs
    else:
        stack[-1] = stack[-1] is rhs


def CONTAINS_OP(f, stack, arg):
    container = stack.pop()
    if arg:
        stack[-1] = stack[-1] not in container
    else:
        stack[-1] = stack[-1] in container


# --- subscripts and slices ----------------------------------------------------

def BINARY_SUBSCR(f, stack, arg):
    sub = stack.pop()
    stack[-1] = stack[-1][sub]


def STORE_SUBSCR(f, stack, arg):
    sub = stack.pop()
    container = stack.pop()
    container[sub] = stack.pop()


def DELETE_SUBSCR(f, stack, arg):
    sub = stack.pop()
    del stack.pop()[sub]


def BINARY_SLICE(f, stack, arg):
    stop = stack.pop()
    start = stack.pop()
    stack[-1] = stack[-1][start:stop]


def STORE_SLICE(f, stack, arg):
    stop = stack.pop()
    start = stack.pop()
    container = stack.pop()
    container[start:stop] = stack.pop()
