"""Handlers: generators, ``yield from``, coroutines and ``await``, async
iteration and ``async with``."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.frame import (NULL, CO_COROUTINE, CO_ITERABLE_COROUTINE,
                            CO_ASYNC_GENERATOR)
from ophis.vm.signals import GENERATOR, YIELD, RERAISE
from ophis.vm.generators import (Generator, Coroutine, AsyncGenerator,
                                 AsyncGenValueWrapper, NEXT, CREATED,
                                 SUSPENDED, EXECUTING, make_generator,
                                 COLLECT, YIELD_AT, _sum_result, _any_result,
                                 _all_result, _PLAIN_TRUTH, _PLAIN_HASH)
from ophis.vm.state import get_tstate, _local
from ophis.vm.breaker import requested
from ophis.vm.ops_control import RESUME, JUMP_BACKWARD as _JUMP_BACKWARD
from ophis.vm.ops_basic import COPY_FREE_VARS as _COPY_FREE_VARS
from ophis.vm.hostrefs import GeneratorType, CoroutineType
from ophis.vm.ops_exceptions import lookup_special, given_exception_matches
from ophis.vm.ops_match import tp_name, type_defines
from ophis.vm.tracebacks import clean

_type = type
_int = int
_float = float
_bool = bool
_tuple = tuple
_list = list
_set = set
_frozenset = frozenset
_ASYNC_FLAGS = CO_COROUTINE | CO_ASYNC_GENERATOR


def is_coroutine(obj):
    """A coroutine for await: a coroutine object, or a generator made by
    a types.coroutine function (CO_ITERABLE_COROUTINE)."""
    cls = _type(obj)
    if cls is Coroutine or cls is CoroutineType:
        return True
    if cls is Generator or cls is GeneratorType:
        return bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    return False


def get_awaitable_iter(obj):
    """_PyCoro_GetAwaitableIter: the iterator an await drives."""
    if is_coroutine(obj):
        return obj
    tp = _type(obj)
    if type_defines(tp, '__await__'):
        res = lookup_special(obj, '__await__')()
        if is_coroutine(res):
            raise TypeError('__await__() returned a coroutine')
        if not type_defines(_type(res), '__next__'):
            raise TypeError('__await__() returned non-iterator of type '
                            f"'{tp_name(_type(res)):.100}'")
        return res
    raise TypeError(f"object {tp_name(tp):.100} can't be used in 'await' "
                    'expression')


def RETURN_GENERATOR(f, stack, arg):
    return GENERATOR


def created_at_call(frame, stack):
    """CALL of a generator function with the frame it made for the call
    (not pushed, at its first instruction): if the code starts with
    RETURN_GENERATOR (after COPY_FREE_VARS, as a genexpr using its
    caller's variables does), not instrumented (tracing, the second
    tier's counting stubs), make the generator as the loop's GENERATOR
    path would after the push, put it on the caller's stack and return
    True.  Nothing runs between the push and RETURN_GENERATOR that a
    program could see, and RETURN_GENERATOR pops the frame again; only
    the depth check stays (the push raises RecursionError at the limit,
    so then the frame is pushed as before).  False for anything else,
    and for coroutines and async generators (a coroutine's origin is
    read from the caller, which the loop updates at the push)."""
    instrs = frame.instrs
    first = instrs[0][0]
    if first is RETURN_GENERATOR:
        pc = 1
    elif first is _COPY_FREE_VARS and instrs[1][0] is RETURN_GENERATOR:
        pc = 2
    else:
        return False
    if frame.code.co_flags & _ASYNC_FLAGS:
        return False
    try:
        tstate = _local.tstate
    except AttributeError:
        tstate = get_tstate()
    if tstate.depth >= tstate.limit:
        return False
    if pc == 2:
        # COPY_FREE_VARS: the closure's cells at the end of the locals.
        localsplus = frame.localsplus
        localsplus[len(localsplus) - instrs[0][1]:] = frame.func._closure
    frame.pc = pc
    frame.back = None
    stack.append(make_generator(frame))
    return True


def YIELD_VALUE(f, stack, arg):
    f.yielded = True
    return YIELD


# --- values folded at the yield ----------------------------------------------
#
# A generator run inline by a builtin consumer (sum(), any(), tuple(),
# set()...: generators.consuming_frame, collecting_frame) hands each value
# to the loop's YIELD path, which calls the consumer's step and resumes
# the generator at once.  For the commonest values the yield itself does
# that step: the value folded in (sum's int+int or float+float addition,
# a plain truth test that does not decide, list.append, set.add of a
# value whose hash runs no guest code: generators._PLAIN_HASH), and the
# frame goes on without a signal or a host call of the step: at the RESUME after the
# yield with None pushed as the value sent, or -- a loop's yield followed
# by RESUME, POP_TOP, JUMP_BACKWARD (a genexpr's) -- at the loop's head
# at once, when no eval-breaker request is pending (the work of those
# three: the breaker's test) and the jump is plain (not the second tier's
# warm-up stub, which counts the loop's iterations).  Everything else
# (another consumer, a value needing guest code, the deciding value of
# any()/all()) yields as YIELD_VALUE does.  Only the fused list has these
# (superinstructions.fuse): tracing instruments the unfused one, whose
# YIELD_VALUE sends its 'return' event as before.


def YIELD_VALUE_INLINE(f, stack, arg):
    """YIELD_VALUE followed by RESUME; arg: (the RESUME's index, the
    JUMP_BACKWARD's index or None, its target)."""
    how = f.inline
    if how is not None and how[0] is COLLECT:
        kind = how[3]
        value = stack[-1]
        cls = _type(value)
        if kind is _sum_result:
            # (Mixed int and float, whose addition can overflow, left to
            # the step: its error is the CALL's, not the generator's.)
            state = how[4]
            acc = _type(state.acc)
            if (cls is acc or cls is _bool) and \
                    (acc is _int or acc is _float):
                state.acc = state.acc + value
            else:
                kind = None
            state = None
        elif kind is _tuple or kind is _list:
            how[1](value)
        elif kind is _set or kind is _frozenset:
            if cls in _PLAIN_HASH:
                how[4].add(value)
            else:
                kind = None
        elif kind is not _any_result and kind is not _all_result or \
                cls not in _PLAIN_TRUTH or \
                (not value) is not (kind is _any_result):
            kind = None
        if kind is not None:
            value = None
            jump = arg[1]
            if jump is not None and not requested[0] and \
                    f.instrs[jump][0] is _JUMP_BACKWARD:
                del stack[-1]
                return arg[2]
            stack[-1] = None
            return arg[0]
    f.yielded = True
    return YIELD


def LOAD_CONST__YIELD_VALUE(f, stack, arg):
    """LOAD_CONST, then YIELD_VALUE followed by RESUME (arg: the constant
    and YIELD_VALUE_INLINE's arg): `(1 if c else 0) for ...`'s else
    side."""
    # The fold below repeats YIELD_VALUE_INLINE's on purpose: shared, it
    # would be one more host call per value, the cost this pair removes.
    how = f.inline
    if how is not None and how[0] is COLLECT:
        kind = how[3]
        value = arg[0]
        cls = _type(value)
        if kind is _sum_result:
            # (Mixed int and float, whose addition can overflow, left to
            # the step: its error is the CALL's, not the generator's.)
            state = how[4]
            acc = _type(state.acc)
            if (cls is acc or cls is _bool) and \
                    (acc is _int or acc is _float):
                state.acc = state.acc + value
            else:
                kind = None
            state = None
        elif kind is _tuple or kind is _list:
            how[1](value)
        elif kind is _set or kind is _frozenset:
            if cls in _PLAIN_HASH:
                how[4].add(value)
            else:
                kind = None
        elif kind is not _any_result and kind is not _all_result or \
                cls not in _PLAIN_TRUTH or \
                (not value) is not (kind is _any_result):
            kind = None
        if kind is not None:
            value = None
            jump = arg[2]
            if jump is not None and not requested[0] and \
                    f.instrs[jump][0] is _JUMP_BACKWARD:
                return arg[3]
            stack.append(None)
            return arg[1]
    stack.append(arg[0])
    f.yielded = True
    # (The loop's YIELD path, with the index after the pair.)
    f.pc = arg[1]
    return YIELD_AT


def ASYNC_GEN_WRAP(f, stack, arg):
    stack[-1] = AsyncGenValueWrapper(stack[-1])


def GET_YIELD_FROM_ITER(f, stack, arg):
    iterable = stack[-1]
    cls = _type(iterable)
    if cls is Coroutine or cls is CoroutineType:
        if not f.code.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE):
            raise TypeError("cannot 'yield from' a coroutine object in a "
                            'non-coroutine generator')
    elif cls is not Generator and cls is not GeneratorType:
        stack[-1] = iter(iterable)


def SEND(f, stack, arg):
    value = stack.pop()
    receiver = stack[-1]
    cls = _type(receiver)
    if cls is Generator or cls is Coroutine:
        # The delegate's frame runs in this loop; it yields back here, or
        # on its return the loop puts the value in place and jumps to arg.
        state = receiver._state
        if (state == SUSPENDED or state == CREATED and value is None) \
                and not requested[0]:
            # The commonest cases, as Generator._enter_inline does them
            # (without the call; FOR_ITER has the same): the depth
            # allowing, the RESUME after a yield stepped over.
            try:
                tstate = _local.tstate
            except AttributeError:
                tstate = get_tstate()
            if tstate.depth < tstate.limit:
                frame = receiver._frame
                if state == SUSPENDED:
                    pc = frame.pc
                    if frame.instrs[pc][0] is RESUME:
                        frame.pc = pc + 1
                frame.stack.append(value)
                info = receiver._exc_state
                info.previous = tstate.exc_info
                tstate.exc_info = info
                receiver._state = EXECUTING
                frame.inline = ('send', arg)
                return frame
        frame = receiver._enter_inline(value, ('send', arg))
        if frame is not None:
            return frame
        status, result = receiver._send2(value)
        if status == NEXT:
            stack.append(result)
            return None
        stack[-1] = None if result is NULL else result
        return arg
    try:
        if value is None and type_defines(cls, '__next__') and not (
                cls is GeneratorType or cls is CoroutineType):
            result = next(receiver)
        else:
            result = receiver.send(value)
        stack.append(result)
        return None
    except StopIteration as stop:
        stack[-1] = stop.value
    return arg


def CLEANUP_THROW(f, stack, arg):
    exc = stack.pop()
    if given_exception_matches(exc, StopIteration):
        # The receiver and the sent value give way to the result.
        stack[-2:] = [exc.value]
        return None
    stack.append(exc)
    return RERAISE


def GET_AWAITABLE(f, stack, arg):
    iterable = stack[-1]
    if _type(iterable) is Coroutine and iterable._state == CREATED:
        # The commonest await, of a coroutine just made: itself, not
        # awaited by anyone yet (_yf() is None before it starts).
        return None
    try:
        it = get_awaitable_iter(iterable)
        failed = None
    except TypeError as error:
        failed = error
    if failed is not None:
        if not type_defines(_type(iterable), '__await__'):
            if arg == 1:
                raise TypeError("'async with' received an object from "
                                '__aenter__ that does not implement '
                                f'__await__: {tp_name(_type(iterable)):.100}')
            if arg == 2:
                raise TypeError("'async with' received an object from "
                                '__aexit__ that does not implement '
                                f'__await__: {tp_name(_type(iterable)):.100}')
        error = failed
        failed = None
        raise error
    if _type(it) is Coroutine:
        if it._yf() is not None:
            raise RuntimeError('coroutine is being awaited already')
    elif _type(it) is CoroutineType and it.cr_await is not None:
        raise RuntimeError('coroutine is being awaited already')
    stack[-1] = it


def GET_AITER(f, stack, arg):
    obj = stack[-1]
    tp = _type(obj)
    if not type_defines(tp, '__aiter__'):
        raise TypeError("'async for' requires an object with __aiter__ "
                        f'method, got {tp_name(tp):.100}')
    it = lookup_special(obj, '__aiter__')()
    if not type_defines(_type(it), '__anext__'):
        raise TypeError("'async for' received an object from __aiter__ "
                        'that does not implement __anext__: '
                        f'{tp_name(_type(it)):.100}')
    stack[-1] = it


def GET_ANEXT(f, stack, arg):
    aiter = stack[-1]
    tp = _type(aiter)
    if tp is AsyncGenerator:
        stack.append(aiter.__anext__())
        return
    if not type_defines(tp, '__anext__'):
        raise TypeError("'async for' requires an iterator with __anext__ "
                        f'method, got {tp_name(tp):.100}')
    next_iter = lookup_special(aiter, '__anext__')()
    try:
        awaitable = get_awaitable_iter(next_iter)
        failed = None
    except BaseException as error:
        failed = error
    if failed is not None:
        # Any failure becomes the cause (_PyErr_FormatFromCause); its own
        # traceback must not keep this handler's host frame alive.
        clean(failed)
        replacement = TypeError("'async for' received an invalid object "
                                'from __anext__: '
                                f'{tp_name(_type(next_iter)):.100}')
        replacement.__cause__ = failed
        replacement.__context__ = failed
        failed = None
        raise replacement
    stack.append(awaitable)


def END_ASYNC_FOR(f, stack, arg):
    exc = stack.pop()
    if given_exception_matches(exc, StopAsyncIteration):
        del stack[-1]
        return None
    stack.append(exc)
    return RERAISE


def BEFORE_ASYNC_WITH(f, stack, arg):
    mgr = stack[-1]
    enter = lookup_special(mgr, '__aenter__')
    if enter is NULL:
        raise TypeError(f"'{tp_name(_type(mgr)):.200}' object does not "
                        'support the asynchronous context manager protocol')
    exit = lookup_special(mgr, '__aexit__')
    if exit is NULL:
        raise TypeError(f"'{tp_name(_type(mgr)):.200}' object does not "
                        'support the asynchronous context manager protocol '
                        '(missed __aexit__ method)')
    stack[-1] = exit
    stack.append(enter())
