"""Superinstructions: one handler for a pair of consecutive instructions.

Each dispatch of the eval loop (fetch a pair, call a handler, test what it
returned) costs about as much as a simple handler's own work, so the
commonest pairs -- measured with benchmarks/profile_vm.py over the
pyperformance set, see docs/performance.md -- get a handler that does both
(CPython 3.11 has LOAD_FAST__LOAD_FAST and friends for the same reason).

fuse() rewrites a decoded form's instruction list after decoding: the
entry of the pair's first instruction becomes ``(SUPER, (args..., next))``
where ``next`` is the index after the pair, which the handler returns to
skip the second; the second's entry is left alone, so a jump to it runs it
alone.  What stays exact:

* Exceptions: at most one instruction of a pair can raise.  When it is
  the first, the loop's ``lasti`` (the index of the entry it ran) is
  already right.  When it is the second, the handler catches the
  exception and returns RAISE_NEXT with the exception on the stack, and
  the loop raises it at the second's index (traceback position,
  exception-table lookup).
* f_lineno: while the second runs host code that may look at the frame,
  the loop's pc says the first; such pairs are fused only when both
  instructions are on the same line.  A second instruction that calls
  nothing (LOAD_FAST, LOAD_CONST, a jump) is never seen, on any line.
* Tracing and jumps set by a debugger: tracing instruments the unfused
  list (``Decoded.unfused``) and fuses again when it stops; a LOAD_FAST
  that tracing turned into LOAD_FAST_CHECK is not fused.
* The eval breaker: RESUME__LOAD_FAST returns BREAK before the LOAD_FAST,
  which then runs on its own.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.frame import NULL
from ophis.vm.signals import RETURN, GEN_RETURN, BREAK, RAISE_NEXT
from ophis.vm.breaker import requested
from ophis.vm.generators import Generator
from ophis.vm import ops_basic, ops_names, ops_operators, ops_control
from ophis.vm import ops_generators as _G
from ophis.vm.ops_generators import (YIELD_VALUE_INLINE as
                                     _YIELD_VALUE_INLINE,
                                     LOAD_CONST__YIELD_VALUE as
                                     _LOAD_CONST__YIELD_VALUE)
from ophis.vm.ops_names import _load_global
from ophis.vm.tier2.hotness import prepare

_for_iter = ops_control.FOR_ITER

_next = next
_type = type


# --- pairs whose second instruction cannot raise ---------------------------

def LOAD_FAST__LOAD_FAST(f, stack, arg):
    localsplus = f.localsplus
    stack.append(localsplus[arg[0]])
    stack.append(localsplus[arg[1]])
    return arg[2]


def LOAD_FAST__LOAD_CONST(f, stack, arg):
    stack.append(f.localsplus[arg[0]])
    stack.append(arg[1])
    return arg[2]


def LOAD_CONST__LOAD_FAST(f, stack, arg):
    stack.append(arg[0])
    stack.append(f.localsplus[arg[1]])
    return arg[2]


def STORE_FAST__LOAD_FAST(f, stack, arg):
    localsplus = f.localsplus
    localsplus[arg[0]] = stack.pop()
    stack.append(localsplus[arg[1]])
    return arg[2]


def LOAD_ATTR__LOAD_FAST(f, stack, arg):
    stack[-1] = getattr(stack[-1], arg[0])
    stack.append(f.localsplus[arg[1]])
    return arg[2]


def LOAD_ATTR__STORE_FAST(f, stack, arg):
    f.localsplus[arg[1]] = getattr(stack.pop(), arg[0])
    return arg[2]


def STORE_ATTR__LOAD_FAST(f, stack, arg):
    owner = stack.pop()
    setattr(owner, arg[0], stack.pop())
    stack.append(f.localsplus[arg[1]])
    return arg[2]


def BINARY_SUBSCR__LOAD_FAST(f, stack, arg):
    sub = stack.pop()
    stack[-1] = stack[-1][sub]
    stack.append(f.localsplus[arg[0]])
    return arg[1]


def POP_JUMP_IF_FALSE__LOAD_FAST(f, stack, arg):
    if not stack.pop():
        return arg[0]
    stack.append(f.localsplus[arg[1]])
    return arg[2]


def RESUME__LOAD_FAST(f, stack, arg):
    if requested[0]:
        return BREAK
    stack.append(f.localsplus[arg[0]])
    return arg[1]


def FOR_ITER__STORE_FAST(f, stack, arg):
    it = stack[-1]
    if _type(it) is Generator:
        # FOR_ITER runs it (inline, or by next()); the value lands on the
        # stack, and the STORE_FAST after this pair runs on its own.
        return _for_iter(f, stack, arg[0])
    value = _next(it, NULL)
    if value is NULL:
        del stack[-1]
        return arg[0]
    f.localsplus[arg[1]] = value
    return arg[2]


def STORE_FAST__STORE_FAST(f, stack, arg):
    localsplus = f.localsplus
    localsplus[arg[0]] = stack.pop()
    localsplus[arg[1]] = stack.pop()
    return arg[2]


def COPY__COPY(f, stack, arg):
    stack.append(stack[-arg[0]])
    stack.append(stack[-arg[1]])
    return arg[2]


def SWAP__SWAP(f, stack, arg):
    i = -arg[0]
    stack[-1], stack[i] = stack[i], stack[-1]
    i = -arg[1]
    stack[-1], stack[i] = stack[i], stack[-1]
    return arg[2]


def POP_TOP__LOAD_FAST(f, stack, arg):
    del stack[-1]
    stack.append(f.localsplus[arg[0]])
    return arg[1]


def LOAD_GLOBAL_NULL__LOAD_FAST(f, stack, arg):
    value = f.globals.get(arg[0], NULL)
    if value is NULL:
        value = _load_global(f, arg[0])
    stack.append(value)
    stack.append(NULL)
    stack.append(f.localsplus[arg[1]])
    return arg[2]


def LOAD_FAST__RETURN_VALUE(f, stack, arg):
    stack.append(f.localsplus[arg[0]])
    if f.gen is None:
        return RETURN
    return GEN_RETURN


# --- comparisons and the jump after them -------------------------------------
#
# The comparison may raise (the first instruction); the truth test of its
# result may too, unless the result is a bool.

def _jump_truth(stack, result, arg, jump_if):
    try:
        truth = not not result
    except BaseException as error:
        stack.append(error)
        return RAISE_NEXT
    if truth is jump_if:
        return arg[0]
    return arg[1]


def _make_compare_jump(compare, jump_if):
    # One function per (operator, direction): the operator is called from
    # the _operator module (C), the common outcomes tested inline.
    if jump_if:
        def handler(f, stack, arg):
            rhs = stack.pop()
            result = compare(stack.pop(), rhs)
            if result is True:
                return arg[0]
            if result is False:
                return arg[1]
            return _jump_truth(stack, result, arg, True)
    else:
        def handler(f, stack, arg):
            rhs = stack.pop()
            result = compare(stack.pop(), rhs)
            if result is False:
                return arg[0]
            if result is True:
                return arg[1]
            return _jump_truth(stack, result, arg, False)
    return handler


def COMPARE_LT__POP_JUMP_IF_FALSE(f, stack, arg):
    rhs = stack.pop()
    result = stack.pop() < rhs
    if result is False:
        return arg[0]
    if result is True:
        return arg[1]
    return _jump_truth(stack, result, arg, False)


def COMPARE_GT__POP_JUMP_IF_FALSE(f, stack, arg):
    rhs = stack.pop()
    result = stack.pop() > rhs
    if result is False:
        return arg[0]
    if result is True:
        return arg[1]
    return _jump_truth(stack, result, arg, False)


def COMPARE_EQ__POP_JUMP_IF_FALSE(f, stack, arg):
    rhs = stack.pop()
    result = stack.pop() == rhs
    if result is False:
        return arg[0]
    if result is True:
        return arg[1]
    return _jump_truth(stack, result, arg, False)


def CONTAINS_OP__POP_JUMP_IF_FALSE(f, stack, arg):
    container = stack.pop()
    result = stack.pop() in container
    if arg[2]:
        result = not result
    if result:
        return arg[1]
    return arg[0]


def IS_OP__POP_JUMP_IF_FALSE(f, stack, arg):
    rhs = stack.pop()
    if (stack.pop() is rhs) is not arg[2]:
        return arg[1]
    return arg[0]


# --- pairs whose second instruction may raise --------------------------------

def LOAD_FAST__LOAD_ATTR(f, stack, arg):
    owner = f.localsplus[arg[0]]
    try:
        stack.append(getattr(owner, arg[1]))
    except BaseException as error:
        stack.append(owner)
        stack.append(error)
        return RAISE_NEXT
    return arg[2]


def LOAD_FAST__LOAD_METHOD(f, stack, arg):
    owner = f.localsplus[arg[0]]
    try:
        stack.append(getattr(owner, arg[1]))
    except BaseException as error:
        stack.append(owner)
        stack.append(error)
        return RAISE_NEXT
    stack.append(NULL)
    return arg[2]


def LOAD_FAST__STORE_ATTR(f, stack, arg):
    try:
        setattr(f.localsplus[arg[0]], arg[1], stack.pop())
    except BaseException as error:
        stack.append(error)
        return RAISE_NEXT
    return arg[2]


def LOAD_FAST__BINARY_MULTIPLY(f, stack, arg):
    rhs = f.localsplus[arg[0]]
    try:
        stack[-1] = stack[-1] * rhs
    except BaseException as error:
        stack.append(error)
        return RAISE_NEXT
    return arg[1]


def LOAD_FAST__BINARY_ADD(f, stack, arg):
    rhs = f.localsplus[arg[0]]
    try:
        stack[-1] = stack[-1] + rhs
    except BaseException as error:
        stack.append(error)
        return RAISE_NEXT
    return arg[1]


def LOAD_FAST__BINARY_SUBTRACT(f, stack, arg):
    rhs = f.localsplus[arg[0]]
    try:
        stack[-1] = stack[-1] - rhs
    except BaseException as error:
        stack.append(error)
        return RAISE_NEXT
    return arg[1]


def LOAD_FAST__BINARY_SUBSCR(f, stack, arg):
    sub = f.localsplus[arg[0]]
    try:
        stack[-1] = stack[-1][sub]
    except BaseException as error:
        stack.append(error)
        return RAISE_NEXT
    return arg[1]


def LOAD_ATTR__BINARY_MULTIPLY(f, stack, arg):
    rhs = getattr(stack[-1], arg[0])
    del stack[-1]
    try:
        stack[-1] = stack[-1] * rhs
    except BaseException as error:
        stack.append(error)
        return RAISE_NEXT
    return arg[1]


def LOAD_ATTR__BINARY_ADD(f, stack, arg):
    rhs = getattr(stack[-1], arg[0])
    del stack[-1]
    try:
        stack[-1] = stack[-1] + rhs
    except BaseException as error:
        stack.append(error)
        return RAISE_NEXT
    return arg[1]


def LOAD_ATTR__BINARY_SUBTRACT(f, stack, arg):
    rhs = getattr(stack[-1], arg[0])
    del stack[-1]
    try:
        stack[-1] = stack[-1] - rhs
    except BaseException as error:
        stack.append(error)
        return RAISE_NEXT
    return arg[1]


# --- the pair table -------------------------------------------------------------
#
# (first handler, second handler) -> (super handler, how its argument is
# made from (first's arg, second's arg, index after the pair), whether the
# second is observable -- it runs host code -- so that both must be on one
# line).

_B = ops_basic
_N = ops_names
_O = ops_operators
_C = ops_control


def _pairs():
    table = {
        (_B.LOAD_FAST, _B.LOAD_FAST):
            (LOAD_FAST__LOAD_FAST, lambda a, b, n: (a, b, n), False),
        (_B.LOAD_FAST, _B.LOAD_CONST):
            (LOAD_FAST__LOAD_CONST, lambda a, b, n: (a, b, n), False),
        (_B.LOAD_CONST, _B.LOAD_FAST):
            (LOAD_CONST__LOAD_FAST, lambda a, b, n: (a, b, n), False),
        (_B.STORE_FAST, _B.LOAD_FAST):
            (STORE_FAST__LOAD_FAST, lambda a, b, n: (a, b, n), False),
        (_N.LOAD_ATTR, _B.LOAD_FAST):
            (LOAD_ATTR__LOAD_FAST, lambda a, b, n: (a, b, n), False),
        (_N.LOAD_ATTR, _B.STORE_FAST):
            (LOAD_ATTR__STORE_FAST, lambda a, b, n: (a, b, n), True),
        (_N.STORE_ATTR, _B.LOAD_FAST):
            (STORE_ATTR__LOAD_FAST, lambda a, b, n: (a, b, n), False),
        (_O.BINARY_SUBSCR, _B.LOAD_FAST):
            (BINARY_SUBSCR__LOAD_FAST, lambda a, b, n: (b, n), False),
        (_C.POP_JUMP_IF_FALSE, _B.LOAD_FAST):
            (POP_JUMP_IF_FALSE__LOAD_FAST, lambda a, b, n: (a, b, n), False),
        (_C.RESUME, _B.LOAD_FAST):
            (RESUME__LOAD_FAST, lambda a, b, n: (b, n), False),
        (_C.FOR_ITER, _B.STORE_FAST):
            (FOR_ITER__STORE_FAST, lambda a, b, n: (a, b, n), True),
        (_B.STORE_FAST, _B.STORE_FAST):
            (STORE_FAST__STORE_FAST, lambda a, b, n: (a, b, n), True),
        (_B.COPY, _B.COPY):
            (COPY__COPY, lambda a, b, n: (a, b, n), False),
        (_B.SWAP, _B.SWAP):
            (SWAP__SWAP, lambda a, b, n: (a, b, n), False),
        (_B.POP_TOP, _B.LOAD_FAST):
            (POP_TOP__LOAD_FAST, lambda a, b, n: (b, n), False),
        (_N.LOAD_GLOBAL_NULL, _B.LOAD_FAST):
            (LOAD_GLOBAL_NULL__LOAD_FAST, lambda a, b, n: (a, b, n), False),
        (_N.LOAD_ATTR, _O._binary_multiply):
            (LOAD_ATTR__BINARY_MULTIPLY, lambda a, b, n: (a, n), True),
        (_N.LOAD_ATTR, _O._binary_add):
            (LOAD_ATTR__BINARY_ADD, lambda a, b, n: (a, n), True),
        (_N.LOAD_ATTR, _O._binary_subtract):
            (LOAD_ATTR__BINARY_SUBTRACT, lambda a, b, n: (a, n), True),
        (_B.LOAD_FAST, _C.RETURN_VALUE):
            (LOAD_FAST__RETURN_VALUE, lambda a, b, n: (a,), True),
        (_O._compare_lt, _C.POP_JUMP_IF_FALSE):
            (COMPARE_LT__POP_JUMP_IF_FALSE, lambda a, b, n: (b, n), True),
        (_O._compare_gt, _C.POP_JUMP_IF_FALSE):
            (COMPARE_GT__POP_JUMP_IF_FALSE, lambda a, b, n: (b, n), True),
        (_O._compare_eq, _C.POP_JUMP_IF_FALSE):
            (COMPARE_EQ__POP_JUMP_IF_FALSE, lambda a, b, n: (b, n), True),
        (_O.CONTAINS_OP, _C.POP_JUMP_IF_FALSE):
            (CONTAINS_OP__POP_JUMP_IF_FALSE,
             lambda a, b, n: (b, n, bool(a)), False),
        (_O.IS_OP, _C.POP_JUMP_IF_FALSE):
            (IS_OP__POP_JUMP_IF_FALSE,
             lambda a, b, n: (b, n, bool(a)), False),
        (_B.LOAD_FAST, _N.LOAD_ATTR):
            (LOAD_FAST__LOAD_ATTR, lambda a, b, n: (a, b, n), True),
        (_B.LOAD_FAST, _N.LOAD_METHOD):
            (LOAD_FAST__LOAD_METHOD, lambda a, b, n: (a, b, n), True),
        (_B.LOAD_FAST, _N.STORE_ATTR):
            (LOAD_FAST__STORE_ATTR, lambda a, b, n: (a, b, n), True),
        (_B.LOAD_FAST, _O._binary_multiply):
            (LOAD_FAST__BINARY_MULTIPLY, lambda a, b, n: (a, n), True),
        (_B.LOAD_FAST, _O._binary_add):
            (LOAD_FAST__BINARY_ADD, lambda a, b, n: (a, n), True),
        (_B.LOAD_FAST, _O._binary_subtract):
            (LOAD_FAST__BINARY_SUBTRACT, lambda a, b, n: (a, n), True),
        (_B.LOAD_FAST, _O.BINARY_SUBSCR):
            (LOAD_FAST__BINARY_SUBSCR, lambda a, b, n: (a, n), True),
    }
    return table


PAIRS = _pairs()

# COMPARE_OP (decoded to its _operator function) before a conditional
# jump: one handler per operator function and direction, made on demand.
_COMPARE_JUMPS = {}


def _compare_jump(compare, jump_if):
    key = (compare, jump_if)
    handler = _COMPARE_JUMPS.get(key)
    if handler is None:
        handler = _COMPARE_JUMPS[key] = _make_compare_jump(compare, jump_if)
        handler.__name__ = handler.__qualname__ = (
            'COMPARE_OP__POP_JUMP_IF_' + ('TRUE' if jump_if else 'FALSE'))
    return handler


def _yield_arg(unfused, resume):
    """YIELD_VALUE_INLINE's arg for a yield whose RESUME is at index
    resume: that index, and the index and target of the JUMP_BACKWARD
    when a POP_TOP and it follow (a loop's yield), else None, None."""
    after = unfused[resume + 1:resume + 3]
    if len(after) == 2 and after[0][0] is _B.POP_TOP and \
            after[1][0] is _C.JUMP_BACKWARD:
        return (resume, resume + 2, after[1][1])
    return (resume, None, None)


def fuse(form):
    """Rewrite form.instrs with superinstructions (in place: running
    loops hold the list), keeping the unfused list as form.unfused."""
    instrs = form.instrs
    unfused = list(instrs)
    lines = form.lines
    pairs = PAIRS
    compare_op = _O.COMPARE_OP
    jump_false = _C.POP_JUMP_IF_FALSE
    jump_true = _C.POP_JUMP_IF_TRUE
    jump_backward = _C.JUMP_BACKWARD
    yield_value = _G.YIELD_VALUE
    resume = _C.RESUME
    load_const = _B.LOAD_CONST
    backs = []
    changed = False
    for index in range(len(unfused) - 1):
        first, a = unfused[index]
        if first is jump_backward:
            backs.append(index)
        second, b = unfused[index + 1]
        entry = pairs.get((first, second))
        if entry is None:
            if second is resume and first is yield_value:
                # A yield that folds its value into an inline consumer
                # (ophis.vm.ops_generators): a pair only in its arg.
                info = _yield_arg(unfused, index + 1)
                instrs[index] = (_YIELD_VALUE_INLINE, info)
                # The plain YIELD_VALUE ignores its arg: there it tells
                # the second tier's template (which compiles from the
                # unfused list) the same.
                unfused[index] = (first, info)
                changed = True
                continue
            if first is load_const and second is yield_value and \
                    index + 2 < len(unfused) and \
                    unfused[index + 2][0] is resume:
                instrs[index] = (_LOAD_CONST__YIELD_VALUE,
                                 (a,) + _yield_arg(unfused, index + 2))
                changed = True
                continue
            if first is compare_op and (second is jump_false
                                        or second is jump_true):
                if lines[index] != lines[index + 1]:
                    continue
                instrs[index] = (_compare_jump(a, second is jump_true),
                                 (b, index + 2))
                changed = True
            continue
        handler, make_arg, observable = entry
        if observable and lines[index] != lines[index + 1]:
            continue
        instrs[index] = (handler, make_arg(a, b, index + 2))
        changed = True
    if unfused and unfused[-1][0] is jump_backward:
        backs.append(len(unfused) - 1)
    form.unfused = unfused if changed else None
    # The second tier's counting stubs (ophis.vm.tier2): where the code's
    # calls and loop iterations are counted.
    prepare(form, backs, unfused)
