"""Where a trace function may move a frame by setting f_lineno.

CPython 3.11's frame_setlineno: the kinds of values on the stack at each
instruction are found by following the code (mark_stacks); a jump is
allowed to an instruction starting the requested line whose stack the
current one can be cut down to -- not into a for loop's body (its iterator
is missing), not into an except block (no exception) -- and the values
above it are popped (an exception being handled is restored on the way).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.bytecode import instructions as _ins
from ophis.vm.frame import NULL
from ophis.vm.state import get_tstate

OBJECT, NULL_KIND, ITERATOR, EXCEPT, LASTI = 'object', 'null', 'iter', \
    'except', 'lasti'

_UNINITIALIZED = None


def mark_stacks(form):
    """The stack (a tuple of kinds) before each instruction, or None where
    the analysis does not reach."""
    ops = form.ops
    count = len(ops)
    stacks = [_UNINITIALIZED] * count
    if not count:
        return stacks
    stacks[0] = ()
    todo = [0]
    while todo:
        start = todo.pop()
        index = start
        stack = stacks[index]
        while index < count:
            opcode, oparg = ops[index]
            instr = _ins.BY_OPCODE.get(opcode)
            after, target, target_stack, falls = _effect(instr, opcode,
                                                         oparg, stack)
            for entry in form.handlers:
                if entry[0] <= index < entry[1]:
                    handler_stack = stack[:entry[3]]
                    if entry[4]:
                        handler_stack += (LASTI,)
                    # As CPython's mark_stacks: the exception a handler
                    # starts with counts as an 'except' value (the
                    # messages of refused jumps name it).
                    handler_stack += (EXCEPT,)
                    if stacks[entry[2]] is _UNINITIALIZED:
                        stacks[entry[2]] = handler_stack
                        todo.append(entry[2])
                    break
            if target is not None and 0 <= target < count and \
                    stacks[target] is _UNINITIALIZED:
                stacks[target] = target_stack
                todo.append(target)
            if not falls:
                break
            index += 1
            if index >= count:
                break
            if stacks[index] is not _UNINITIALIZED:
                break
            stacks[index] = after
            stack = after
    return stacks


def _count(value, oparg):
    return value(oparg) if callable(value) else value


def _effect(instr, opcode, oparg, stack):
    """(stack after, jump target, stack at target, falls through)."""
    if instr is None:
        return stack, None, None, True
    name = instr.name
    if name == 'EXTENDED_ARG':
        return stack, None, None, True
    if name == 'PUSH_NULL':
        return stack + (NULL_KIND,), None, None, True
    if name == 'LOAD_GLOBAL':
        extra = (NULL_KIND,) if oparg & 1 else ()
        return stack + (OBJECT,) + extra, None, None, True
    if name in ('GET_ITER', 'GET_AITER'):
        return stack[:-1] + (ITERATOR,), None, None, True
    if name in ('LOAD_METHOD', 'LOAD_SUPER_METHOD'):
        # The slot above the method may hold NULL: no jump may land where
        # that slot is an operand (an internal '_Null' error, else).
        pops = _count(instr.pops, oparg)
        return stack[:len(stack) - pops] + (OBJECT, NULL_KIND), None, None, \
            True
    if name == 'GET_ANEXT':
        # The async iterator stays below the awaitable, an iterator still
        # (an async for loop's body is a for loop's body).
        return stack + (OBJECT,), None, None, True
    if name == 'FOR_ITER':
        return stack + (OBJECT,), oparg, stack[:-1], True
    if name == 'PUSH_EXC_INFO':
        # The exception below (the one handled before) and the one being
        # handled are both 'except' values, as in CPython: a jump out of
        # the handler pops both into the thread's exception state, the
        # lower one last.
        return stack[:-1] + (EXCEPT, EXCEPT), None, None, True
    if name == 'POP_EXCEPT':
        return stack[:-1], None, None, True
    if name == 'COPY':
        return stack + (stack[-oparg] if oparg <= len(stack) else OBJECT,), \
            None, None, True
    if name == 'SWAP':
        items = list(stack)
        if oparg <= len(items):
            items[-1], items[-oparg] = items[-oparg], items[-1]
        return tuple(items), None, None, True
    pops = _count(instr.pops, oparg)
    pushes = _count(instr.pushes, oparg)
    after = stack[:len(stack) - pops] + (OBJECT,) * pushes
    falls = not instr.flags & _ins.FLAG_TERMINATOR
    if instr.flags & _ins.FLAG_JUMP:
        jpops = _count(instr.jump_pops, oparg)
        jpushes = _count(instr.jump_pushes, oparg)
        jumped = stack[:len(stack) - jpops] + (OBJECT,) * jpushes
        return after, oparg, jumped, falls
    return after, None, None, falls


def _compatible(from_stack, to_stack):
    if from_stack is None or to_stack is None:
        return False
    if len(to_stack) > len(from_stack):
        return False
    for have, want in zip(from_stack, to_stack):
        if want == OBJECT:
            if have == NULL_KIND:
                return False
        elif want != NULL_KIND and have != want:
            return False
    return True


def _explain(to_stack):
    if to_stack is None:
        return ("can't jump into an exception handler, or code may be "
                'unreachable')
    kind = to_stack[-1]
    if kind == EXCEPT:
        return "can't jump into an 'except' block as there's no exception"
    if kind == LASTI:
        return "can't jump into a re-raising block as there's no location"
    if kind == ITERATOR:
        return "can't jump into the body of a for loop"
    return 'incompatible stacks'


def best_target(frame, form, starts, line):
    """The instruction index to continue at for a jump to line; pops what
    the jump leaves behind.  ValueError if no instruction qualifies."""
    stacks = mark_stacks(form)
    marker = getattr(frame, '_trace_prev', None)
    current = marker[1] if marker is not None else -1
    start_stack = stacks[current] if 0 <= current < len(stacks) else None
    best = None
    message = 'cannot find bytecode for specified line'
    explained = False
    for index, start in enumerate(starts):
        if start != line:
            continue
        target = stacks[index]
        if _compatible(start_stack, target):
            # The deepest compatible stack wins, the first of equals, as in
            # CPython: a line both in a finally block's exceptional copy and
            # in its normal one keeps the exception when jumped to from the
            # former.
            if best is None or len(target) > len(stacks[best]):
                best = index
        elif best is None and not explained:
            # As CPython's frame_setlineno: the first incompatible
            # instruction of the line explains the refusal.
            if start_stack is None:
                message = "can't jump from unreachable code"
            else:
                message = _explain(target)
                explained = True
    if best is None:
        raise ValueError(message)
    depth = len(stacks[best])
    stack = frame.stack
    while len(stack) > depth:
        kind = start_stack[len(stack) - 1] if len(stack) - 1 < len(
            start_stack) else OBJECT
        value = stack.pop()
        if kind == EXCEPT:
            get_tstate().exc_info.exc_value = value
    return best
