"""Generators, coroutines and async generators over Ophis frames.

RETURN_GENERATOR makes one of these around the frame that executed it; the
frame then waits, suspended, for the first send.  Resuming runs the frame in
the eval loop (ophis.vm.loop.run_frame) until YIELD_VALUE or the frame's end;
the generator's own exception state (sys.exception() inside it) is linked in
front of the caller's while it runs, as CPython does.  The semantics follow
CPython 3.11's genobject.c; throw() into a ``yield from``/``await`` follows
3.12's (the exception is raised in the generator's frame, where the
compiler's CLEANUP_THROW handler takes a StopIteration apart).

A frame refers to its generator only weakly, so dropping the last reference
to a suspended generator finalizes it at once: __del__ closes it and its
``finally`` blocks run, as in CPython.

The classes are named as CPython's types (generator, coroutine,
async_generator, ...) and report the host types through __class__, so that
isinstance checks made by host-run library code (inspect, asyncio) hold.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import gc
import sys
import _weakref
from itertools import chain as _chain

from ophis.vm.frame import NULL, CO_COROUTINE, CO_ASYNC_GENERATOR, \
    CO_ITERABLE_COROUTINE
from ophis.vm.state import ExcInfo, get_tstate, _local
from ophis.vm.breaker import requested
from ophis.vm.ops_basic import POP_TOP as _POP_TOP
from ophis.vm.signals import Signal
from ophis.vm.function import Function
from ophis.vm.tracebacks import chain_context, clean
from ophis.vm.hostrefs import (late, GeneratorType, CoroutineType,
                               AsyncGeneratorType, TracebackType)
from ophis.bytecode.instructions import RESUME
from ophis.bytecode.builtintype import BUILTINS as _BUILTINS
from ophis.vm.qualname import check_qualname, _CheckedQualname

# Frame states (CPython's _PyFrameState).
CREATED = -2
SUSPENDED = -1
EXECUTING = 0
COMPLETED = 1
CLEARED = 4

# Set by ophis.vm.loop (which imports this module): the loop's entry, and
# the RESUME handler a resumption may step over.
_run = None
_RESUME = None

# What _send2 reports.
NEXT = 0
RETURNED = 1

_type = type
_new = object.__new__


def make_generator(frame, caller=None):
    """RETURN_GENERATOR: the generator object of the right kind for frame
    (caller: the frame that called the generator function)."""
    flags = frame.code.co_flags
    if not flags & (CO_COROUTINE | CO_ASYNC_GENERATOR):
        cls = Generator
    elif flags & CO_COROUTINE:
        cls = Coroutine
    else:
        return AsyncGenerator(frame)
    # Generators and coroutines are made without the type call's protocol
    # and without calling _GenBase.__init__ (what it does, here).
    gen = _new(cls)
    gen._frame = frame
    gen._state = CREATED
    info = _new(ExcInfo)
    info.exc_value = None
    info.previous = None
    gen._exc_state = info
    gen._code = frame.code
    func = frame.func
    if func is not None:
        gen._name = func._name
        _set_qualname(gen, _function_qualname(func))
    else:
        gen._name = frame.code.co_name
        _set_qualname(gen, frame.code.co_qualname)
    frame.gen = _weakref.ref(gen)
    frame.inline = None
    if cls is Coroutine:
        gen._origin = _origin(caller) if _origin_depth() else None
    return gen


# frame.inline[0] of a generator run by a host consumer (collecting_frame).
COLLECT = 'collect'
# What a compiled block's YIELD_VALUE returns (ophis.vm.tier2.
# templates_gen): YIELD, the frame's f.pc set by the block.
YIELD_AT = Signal('YIELD_AT')
_tuple = tuple
_list = list
_set = set
_frozenset = frozenset


def collecting_frame(cls, gen):
    """tuple(gen), list(gen), set(gen) or frozenset(gen) for an Ophis
    generator gen: its frame set up to run inline in the caller's loop
    (the CALL pushes it), each value it yields going into the container
    and the generator resumed at once, with no host re-entry and no
    StopIteration at the end; the loop's YIELD and GEN_RETURN paths finish
    the call.  None when the host must do it (another class, a generator
    running or finished, the depth at its limit).

    What the host consumer would do is kept: each value is added as it is
    yielded (a set hashes it then; a failure is raised at the CALL, the
    generator left suspended and dropped -- finalized -- first), an
    exception from the generator leaves through the CALL, and the frame's
    f_back, depth, exception state and trace events are those of a
    resumption by host code."""
    state = gen._state
    if state >= EXECUTING:
        return None
    if cls is _tuple or cls is _list:
        acc = []
        add = acc.append
    elif cls is _set or cls is _frozenset:
        acc = set()
        state = _new(_SetCollect)
        state.acc = acc
        state.cls = cls
        state.gen = gen
        add = state.step
    else:
        return None
    try:
        tstate = _local.tstate
    except AttributeError:
        tstate = get_tstate()
    if tstate.depth >= tstate.limit:
        return None
    # (The tuple holds gen while it runs; _leave_inline drops it.)
    return gen._enter_inline(None, (COLLECT, add, gen, cls, acc))


# Types whose hash runs no guest code.
_PLAIN_HASH = frozenset((int, float, str, bool, type(None)))


class _SetCollect:
    """set(gen), frozenset(gen): a value whose hash runs guest code
    (__hash__, __eq__) is added by the host consumer's own work, the
    generator suspended, so that the caller is on top then, as in
    python3; the rest, too, is the host's (set.update of the
    generator)."""
    __slots__ = ('acc', 'cls', 'gen', 'value')

    def step(self, value):
        if _type(value) in _PLAIN_HASH:
            self.acc.add(value)
            return None
        self.value = value
        return self.rest

    def rest(self):
        # (The references dropped in any case: an exception's traceback
        # holds this host frame.)
        gen = self.gen
        self.gen = None
        value = self.value
        self.value = None
        acc = self.acc
        try:
            acc.add(value)
            value = None
            acc.update(gen)
        finally:
            gen = value = None
        return _frozenset(acc) if self.cls is _frozenset else acc


def collected(how):
    """What the host consumer returns once the generator has returned."""
    cls = how[3]
    if cls is _tuple:
        return _tuple(how[4])
    if cls is _frozenset:
        return _frozenset(how[4])
    if cls is _list or cls is _set:
        return how[4]
    # A builtin consumer (consuming_frame): its own ending.
    return cls(how[4])


# --- builtin consumers ------------------------------------------------------
#
# sum(), any(), all(), max(), min(), sorted() and sep.join() of an Ophis
# generator run it in the caller's loop as tuple() does (collecting_frame):
# frame.inline = (COLLECT, step, gen, finish, state).  The loop's YIELD path
# calls step(value) with the generator still running, so a step folds in
# only values whose operation runs no guest code (ints, floats, bools,
# strs...); it returns None to go on, or a callable that the loop calls
# once the generator is suspended and dropped, with the caller running
# again, for what is left (then every operation is the builtin's own,
# with the right frame on top: a guest __add__, __gt__ or __bool__ sees
# the caller as its f_back and the generator suspended).  The GEN_RETURN
# path calls finish(state) at the end.

_sum = sum
_any = any
_all = all
_max = max
_min = min
_sorted = sorted
_int = int
_float = float
_bool = bool
_str = str
_NoneType = type(None)


def _true():
    return True


def _false():
    return False


# Types whose truth test runs no guest code.
_PLAIN_TRUTH = frozenset((bool, int, float, str, _NoneType, tuple, list,
                          dict, bytes))


class _Folding:
    """What sum, any/all and max/min share: the generator, and the value
    their step could not fold, for rest()."""
    __slots__ = ('gen', 'value')

    def rest(self):
        # The rest as the builtin does it (its own operations, from the
        # values the fold has kept, then the one it stopped at), the
        # generator resumed from the host.  The references are dropped
        # in any case: an exception's traceback holds this host frame.
        gen = self.gen
        self.gen = None
        head = self._head()
        self.value = None
        try:
            return self._finish(_chain(head, gen))
        finally:
            head = gen = None

    def _head(self):
        return (self.value,)


class _Sum(_Folding):
    """sum(gen): acc + value from 0, what sum()'s int and float fast paths
    compute too (an int or float accumulator and an int, bool or float
    value: no guest code, the same double additions)."""
    __slots__ = ('acc',)

    def step(self, value):
        cls = _type(value)
        if cls is _int or cls is _float or cls is _bool:
            self.acc = self.acc + value
            return None
        self.value = value
        return self.rest

    def _finish(self, values):
        return _sum(values, self.acc)


def _sum_result(state):
    return state.acc


class _AnyAll(_Folding):
    """any(gen) (deciding True) or all(gen) (deciding False)."""
    __slots__ = ('deciding',)

    def step(self, value):
        if _type(value) in _PLAIN_TRUTH:
            if (not value) is self.deciding:
                return None
            return _true if self.deciding else _false
        self.value = value
        return self.rest

    def _finish(self, values):
        return _any(values) if self.deciding else _all(values)


def _any_result(state):
    return False


def _all_result(state):
    return True


# Pairs of types whose comparison runs no guest code.
_PLAIN_ORDER = frozenset(((_int, _int), (_int, _float), (_float, _int),
                          (_float, _float), (_str, _str), (_bool, _int),
                          (_int, _bool), (_bool, _bool), (_bool, _float),
                          (_float, _bool)))
_PLAIN_FIRST = frozenset((_int, _float, _str, _bool))


class _MaxMin(_Folding):
    """max(gen) or min(gen): value > best (value < best), as the builtin's
    PyObject_RichCompareBool(item, best, op)."""
    __slots__ = ('best', 'is_max')

    def step(self, value):
        best = self.best
        if best is NULL:
            if _type(value) in _PLAIN_FIRST:
                self.best = value
                return None
        elif (_type(value), _type(best)) in _PLAIN_ORDER:
            if self.is_max:
                if value > best:
                    self.best = value
            elif value < best:
                self.best = value
            return None
        self.value = value
        return self.rest

    def _head(self):
        best = self.best
        self.best = None
        return (self.value,) if best is NULL else (best, self.value)

    def _finish(self, values):
        return _max(values) if self.is_max else _min(values)


def _max_result(state):
    if state.best is NULL:
        raise ValueError('max() arg is an empty sequence')
    return state.best


def _min_result(state):
    if state.best is NULL:
        raise ValueError('min() arg is an empty sequence')
    return state.best


def _sorted_result(parts):
    parts.sort()
    return parts


def consuming_frame(func, gen):
    """func(gen) for a builtin consumer func (sum, any, all, max, min,
    sorted, or a str's bound join) and an Ophis generator gen: its frame
    set up to run inline in the caller's loop, as collecting_frame does,
    or None when the host must do it (another callable, the generator
    running or finished, the depth at its limit, a profile function
    that wants the builtin's c_call and c_return events)."""
    if gen._state >= EXECUTING:
        return None
    try:
        tstate = _local.tstate
    except AttributeError:
        tstate = get_tstate()
    if tstate.depth >= tstate.limit or tstate.profilefunc is not None:
        return None
    if func is _sum:
        state = _new(_Sum)
        state.acc = 0
        state.gen = gen
        how = (COLLECT, state.step, gen, _sum_result, state)
    elif func is _any or func is _all:
        state = _new(_AnyAll)
        state.deciding = func is _any
        state.gen = gen
        how = (COLLECT, state.step, gen,
               _any_result if state.deciding else _all_result, state)
    elif func is _max or func is _min:
        state = _new(_MaxMin)
        state.best = NULL
        state.is_max = func is _max
        state.gen = gen
        how = (COLLECT, state.step, gen,
               _max_result if state.is_max else _min_result, state)
    elif func is _sorted:
        parts = []
        how = (COLLECT, parts.append, gen, _sorted_result, parts)
    elif _type(getattr(func, '__self__', None)) is _str and \
            func.__name__ == 'join':
        # The values collected (str.join makes a list of its argument
        # first), then joined by func itself.
        parts = []
        how = (COLLECT, parts.append, gen, func, parts)
    else:
        return None
    return gen._enter_inline(None, how)


def _throw_value(typ, val, tb):
    """The exception throw(typ, val, tb) raises, with CPython's checks."""
    if tb is not None and not isinstance(tb, TracebackType):
        raise TypeError('throw() third argument must be a traceback object')
    if isinstance(typ, type) and issubclass(typ, BaseException):
        # As PyErr_NormalizeException: if making the instance fails, that
        # error is what gets thrown into the generator.
        try:
            if val is None:
                exc = typ()
            elif isinstance(val, typ):
                exc = val
            elif isinstance(val, tuple):
                exc = typ(*val)
            else:
                exc = typ(val)
        except BaseException as error:
            return error
        if not isinstance(exc, BaseException):
            return TypeError(f'calling {typ!r} should have returned an '
                             'instance of BaseException, not '
                             f'{_type(exc)!r}')
        exc.__traceback__ = tb
        return exc
    if isinstance(typ, BaseException):
        if val is not None:
            raise TypeError('instance exception may not have a separate '
                            'value')
        if tb is not None:
            typ.__traceback__ = tb
        return typ
    raise TypeError('exceptions must be classes or instances deriving from '
                    f'BaseException, not {_type(typ).__name__}')


def inline_exception(frame, tstate, error):
    """An exception leaves an inline generator frame: the generator is
    finished, and a StopIteration becomes RuntimeError (PEP 479).  Returns
    the exception to raise in the resumer."""
    gen = frame.gen()
    gen._leave_inline(frame, tstate, False)
    clean(error)
    if isinstance(error, StopIteration):
        replacement = RuntimeError(f'{gen._kind_name()} raised StopIteration')
        replacement.__cause__ = error
        replacement.__context__ = error
        return replacement
    return error


def stop_iteration(value):
    """The StopIteration a generator's return of value raises
    (_PyGen_SetStopIterationValue): no arguments for None."""
    if value is None or value is NULL:
        return StopIteration()
    return StopIteration(value)


def _matches_generator_exit(typ):
    if isinstance(typ, type):
        return issubclass(typ, GeneratorExit)
    return isinstance(typ, GeneratorExit)


def _is_gen_or_coro(obj):
    cls = _type(obj)
    return (cls is Generator or cls is Coroutine or cls is GeneratorType
            or cls is CoroutineType)


class _GenBase:
    """What generators, coroutines and async generators share."""

    __slots__ = ('_frame', '_state', '_exc_state', '_code', '_name',
                 '__qualname__', '__weakref__')

    _kind = 'generator'

    def __init__(self, frame):
        # (make_generator does the same for a Generator, without the
        # call: a change here belongs there too.)
        self._frame = frame
        self._state = CREATED
        # (ExcInfo's fields set here: no host-level __init__ call.)
        info = _new(ExcInfo)
        info.exc_value = None
        info.previous = None
        self._exc_state = info
        self._code = frame.code
        func = frame.func
        # (The __qualname__ slots read and written directly: their checking
        # descriptors are host-level calls, and these values are strs.)
        if func is not None:
            self._name = func._name
            _set_qualname(self, _function_qualname(func))
        else:
            self._name = frame.code.co_name
            _set_qualname(self, frame.code.co_qualname)
        frame.gen = _weakref.ref(self)
        frame.inline = None

    # --- running inline in the resumer's eval loop ------------------------

    def _enter_inline(self, value, how):
        """Prepare to run the frame inside the loop running FOR_ITER or SEND
        (how: ('for', target) or ('send', target)); return the frame, or
        None when the generator cannot be resumed this way."""
        state = self._state
        if state >= EXECUTING:
            return None
        if state == CREATED and value is not None:
            raise TypeError("can't send non-None value to a just-started "
                            f'{self._kind_name()}')
        try:
            tstate = _local.tstate
        except AttributeError:
            tstate = get_tstate()
        if tstate.depth >= tstate.limit:
            raise RecursionError('maximum recursion depth exceeded')
        frame = self._frame
        if state == SUSPENDED:
            if frame.instrs[frame.pc][0] is _RESUME and not requested[0]:
                # As in Generator.__next__: the RESUME would do nothing.
                frame.pc += 1
            frame.stack.append(value)
        elif frame.instrs[frame.pc][0] is _POP_TOP:
            # Just made: the POP_TOP after RETURN_GENERATOR would drop the
            # None sent (one dispatch; tracing instruments it, and it is
            # before the first RESUME: no event).
            frame.pc += 1
        else:
            frame.stack.append(value)
        info = self._exc_state
        info.previous = tstate.exc_info
        tstate.exc_info = info
        self._state = EXECUTING
        # (frame.yielded is not read on this path: the loop sees YIELD.)
        frame.inline = how
        return frame

    def _leave_inline(self, frame, tstate, suspended):
        info = self._exc_state
        tstate.exc_info = info.previous
        info.previous = None
        frame.back = None
        frame.inline = None
        if suspended:
            self._state = SUSPENDED
        else:
            info.exc_value = None
            self._state = CLEARED
            self._frame = None

    # --- running the frame ------------------------------------------------

    def _send2(self, arg, exc=NULL, closing=False):
        """Resume with arg sent (NULL: by __next__) or exc thrown; return
        (NEXT, yielded value) or (RETURNED, return value), or raise."""
        state = self._state
        if state == CREATED and arg is not NULL and arg is not None \
                and exc is NULL:
            raise TypeError("can't send non-None value to a just-started "
                            f'{self._kind_name()}')
        if state == EXECUTING:
            raise ValueError(f'{self._kind_name()} already executing')
        if state >= COMPLETED:
            if self._kind == 'coroutine' and not closing:
                raise RuntimeError('cannot reuse already awaited coroutine')
            if arg is not NULL and exc is NULL:
                return RETURNED, None
            if exc is not NULL:
                try:
                    raise exc
                finally:
                    exc = None
            return RETURNED, NULL
        run_frame = late('ophis.vm.loop').run_frame
        frame = self._frame
        frame.stack.append(None if arg is NULL else arg)
        tstate = get_tstate()
        info = self._exc_state
        info.previous = tstate.exc_info
        tstate.exc_info = info
        if exc is not NULL and info.exc_value is not None:
            chain_context(exc, info.exc_value)
        self._state = EXECUTING
        frame.yielded = False
        failure = None
        try:
            result = run_frame(frame, 1, exc)
        except BaseException as error:
            failure = error
        finally:
            # (A thrown exception that comes back must not stay in a local
            # of this frame, which its traceback keeps: no cycle.)
            exc = None
            tstate.exc_info = info.previous
            info.previous = None
            frame.back = None
        if failure is None and frame.yielded:
            self._state = SUSPENDED
            return NEXT, result
        # Finished: the generator cannot run again; let the frame go.
        info.exc_value = None
        self._state = CLEARED
        self._frame = None
        if failure is not None:
            try:
                self._raise_failure(failure)
            finally:
                # No cycle through this frame's traceback entry.
                failure = None
        return RETURNED, result

    def _raise_failure(self, error):
        """The frame (now finished) raised error: raise what the resumer
        sees -- error, or RuntimeError for a StopIteration escaping it."""
        clean(error)
        if isinstance(error, StopIteration):
            replacement = RuntimeError(
                f'{self._kind_name()} raised StopIteration')
        elif self._kind == 'async_generator' and isinstance(
                error, StopAsyncIteration):
            replacement = RuntimeError(
                'async generator raised StopAsyncIteration')
        else:
            try:
                raise error
            finally:
                # No cycle through this frame's traceback entry.
                error = None
        replacement.__cause__ = error
        replacement.__context__ = error
        error = None
        try:
            raise replacement
        finally:
            replacement = None

    def _kind_name(self):
        return {'generator': 'generator', 'coroutine': 'coroutine',
                'async_generator': 'async generator'}[self._kind]

    def _send_ex(self, arg, exc=NULL, closing=False):
        """send()/throw() semantics: the yielded value, or StopIteration
        (StopAsyncIteration for async generators) when it returns."""
        status, value = self._send2(arg, exc, closing)
        if status == NEXT:
            return value
        if self._kind == 'async_generator':
            raise StopAsyncIteration
        raise stop_iteration(value)

    def _yf(self):
        """The iterator a suspended ``yield from``/``await`` delegates to
        (CPython's _PyGen_yf), or None."""
        if self._state >= CLEARED or self._state == CREATED:
            return None
        frame = self._frame
        if frame is None:
            return None
        decoded = late('ophis.vm.frame').decoded
        ops = decoded(frame.code).ops
        pc = frame.pc
        if pc < len(ops):
            opcode, oparg = ops[pc]
            if opcode == RESUME and oparg >= 2 and frame.stack:
                return frame.stack[-1]
        return None

    def _throw(self, close_on_genexit, typ, val=None, tb=None):
        yf = self._yf()
        if yf is not None:
            if close_on_genexit and _matches_generator_exit(typ):
                state = self._state
                self._state = EXECUTING
                try:
                    _close_iter(yf)
                    failed = None
                except BaseException as error:
                    failed = error
                finally:
                    self._state = state
                if failed is not None:
                    error = failed
                    failed = None
                    return self._send_ex(None, error)
                return self._send_ex(None, _throw_value(typ, val, tb))
            state = self._state
            self._state = EXECUTING
            sub_error = None
            try:
                if _is_gen_or_coro(yf) and isinstance(yf, _GenBase):
                    frame = self._frame
                    tstate = get_tstate()
                    frame.back = tstate.frame
                    tstate.frame = frame
                    try:
                        return yf._throw(close_on_genexit, typ, val, tb)
                    finally:
                        tstate.frame = frame.back
                        frame.back = None
                else:
                    throw = getattr(yf, 'throw', NULL)
                    if throw is NULL:
                        yf = None
                    else:
                        return throw(typ, val, tb)
            except BaseException as error:
                sub_error = error
            finally:
                self._state = state
            if sub_error is not None:
                # 3.12's model: the exception is raised in this frame,
                # where the compiler's CLEANUP_THROW handler sees it.
                error = sub_error
                sub_error = None
                return self._send_ex(None, error)
        return self._send_ex(None, _throw_value(typ, val, tb))

    def _close(self):
        if self._state == CREATED:
            # Never started: nothing to unwind.
            self._state = CLEARED
            self._frame = None
            return None
        yf = self._yf()
        exc = None
        if yf is not None:
            state = self._state
            self._state = EXECUTING
            try:
                _close_iter(yf)
            except BaseException as error:
                exc = error
            finally:
                self._state = state
        if exc is None:
            exc = GeneratorExit()
        try:
            status, _ = self._send2(None, exc, closing=True)
            # Yielding again ignores the GeneratorExit; returning is fine.
            ignored = status == NEXT
        except (StopIteration, GeneratorExit):
            ignored = False
        finally:
            exc = None
        if ignored:
            raise RuntimeError(f'{self._kind_name()} ignored GeneratorExit')
        return None

    def _finalize(self):
        """What CPython's _PyGen_Finalize does when the object dies."""
        if self._state >= COMPLETED:
            return
        try:
            self._close()
        except BaseException as error:
            _write_unraisable(error, self)

    def __del__(self):
        state = self._state
        if state < COMPLETED:
            if state == CREATED:
                # Never started: closing it only marks it finished
                # (_close's first case, without the two calls).
                self._state = CLEARED
                self._frame = None
            else:
                self._finalize()

    # --- attributes ----------------------------------------------------------

    @property
    def __name__(self):
        return self._name

    @__name__.setter
    def __name__(self, value):
        if not isinstance(value, str):
            raise TypeError('__name__ must be set to a string object')
        self._name = value

    @__name__.deleter
    def __name__(self):
        raise TypeError('__name__ must be set to a string object')

    def _frame_attr(self):
        if self._state >= COMPLETED:
            return None
        return self._frame

    def __repr__(self):
        return (f'<{self._kind} object {self.__qualname__} at '
                f'{id(self):#x}>')

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{self._kind}' object")


def _close_iter(yf):
    """Close the iterator a generator delegates to (gen_close_iter)."""
    if isinstance(yf, _GenBase) and not isinstance(yf, AsyncGenerator):
        yf._close()
        return
    if _type(yf) is GeneratorType or _type(yf) is CoroutineType:
        yf.close()
        return
    try:
        close = getattr(yf, 'close', NULL)
    except BaseException as error:
        _write_unraisable(error, yf)
        close = NULL
    if close is not NULL:
        close()


def _fast_send(gen, value):
    """send(value) to gen (a Generator or Coroutine), as __next__ runs its
    common case: suspended, or just made and value None, the thread's
    depth and host stack allowing.  Anything else (a just-started one sent
    a value, a running or finished one) goes through _send_ex, which raises
    what CPython raises.

    Its body is Generator.__next__'s, written twice on purpose: __next__
    is what every host-driven resumption runs (tuple(), sum(), a host for
    loop), and calling this from there would add a host call to each.
    A change to one is a change to both (tests/programs/
    perf_gen_consumers.py and gen_*.py drive both)."""
    state = gen._state
    if state == SUSPENDED or (state == CREATED and value is None):
        try:
            tstate = _local.tstate
        except AttributeError:
            tstate = get_tstate()
        depth = tstate.depth + 1
        if depth <= tstate.limit and \
                tstate.reentries < tstate.reentry_limit:
            frame = gen._frame
            if state == SUSPENDED and frame.instrs[frame.pc][0] is _RESUME \
                    and not requested[0]:
                # As in Generator.__next__: the RESUME would do nothing.
                frame.pc += 1
            frame.stack.append(value)
            info = gen._exc_state
            info.previous = tstate.exc_info
            tstate.exc_info = info
            gen._state = EXECUTING
            frame.yielded = False
            tstate.depth = depth
            frame.back = tstate.frame
            tstate.frame = frame
            try:
                result = _run(tstate, frame, NULL)
            except BaseException as error:
                failure = error
            else:
                failure = None
            tstate.depth -= 1
            tstate.exc_info = info.previous
            info.previous = None
            frame.back = None
            if failure is None and frame.yielded:
                gen._state = SUSPENDED
                return result
            info.exc_value = None
            gen._state = CLEARED
            gen._frame = None
            if failure is None:
                if result is None:
                    raise StopIteration
                raise StopIteration(result)
            try:
                gen._raise_failure(failure)
            finally:
                failure = None
    return gen._send_ex(value)


def _write_unraisable(exc, obj):
    report = late('ophis.runtime.unraisable').report
    report(exc, obj)


class Generator(_GenBase):
    __slots__ = ()
    _kind = 'generator'

    def __iter__(self):
        return self

    def __next__(self):
        # Host code driving the generator (tuple(), sum(), a host for
        # loop): the common case -- suspended or just made, no exception
        # thrown in, the thread's depth and host stack allowing -- runs
        # here with what _send2 and run_frame do for it and no more.
        if self._state < EXECUTING:
            try:
                tstate = _local.tstate
            except AttributeError:
                tstate = get_tstate()
            depth = tstate.depth + 1
            if depth <= tstate.limit and \
                    tstate.reentries < tstate.reentry_limit:
                frame = self._frame
                if self._state == SUSPENDED and \
                        frame.instrs[frame.pc][0] is _RESUME and \
                        not requested[0]:
                    # The RESUME after the yield only checks the eval
                    # breaker (clear) and, when traced, sends 'call'
                    # (tracing instruments the list: not this handler).
                    frame.pc += 1
                frame.stack.append(None)
                info = self._exc_state
                info.previous = tstate.exc_info
                tstate.exc_info = info
                self._state = EXECUTING
                frame.yielded = False
                tstate.depth = depth
                frame.back = tstate.frame
                tstate.frame = frame
                try:
                    result = _run(tstate, frame, NULL)
                except BaseException as error:
                    failure = error
                else:
                    failure = None
                tstate.depth -= 1
                tstate.exc_info = info.previous
                info.previous = None
                frame.back = None
                if failure is None and frame.yielded:
                    self._state = SUSPENDED
                    return result
                info.exc_value = None
                self._state = CLEARED
                self._frame = None
                if failure is None:
                    # (Raised here rather than made by stop_iteration():
                    # one host call fewer at every generator's end.)
                    if result is None:
                        raise StopIteration
                    raise StopIteration(result)
                try:
                    self._raise_failure(failure)
                finally:
                    failure = None
        status, value = self._send2(NULL)
        if status == NEXT:
            return value
        raise stop_iteration(value)

    def send(self, value, /):
        return _fast_send(self, value)

    def throw(self, typ, val=None, tb=None, /):
        return self._throw(True, typ, val, tb)

    def close(self):
        return self._close()

    @property
    def gi_frame(self):
        return self._frame_attr()

    @property
    def gi_running(self):
        return self._state == EXECUTING

    @property
    def gi_suspended(self):
        return self._state == SUSPENDED

    @property
    def gi_code(self):
        return self._code

    @property
    def gi_yieldfrom(self):
        return self._yf()


class Coroutine(_GenBase):
    __slots__ = ('_origin',)
    _kind = 'coroutine'

    def __init__(self, frame):
        _GenBase.__init__(self, frame)
        self._origin = None

    def __await__(self):
        return CoroutineWrapper(self)

    def send(self, value, /):
        return _fast_send(self, value)

    def throw(self, typ, val=None, tb=None, /):
        return self._throw(True, typ, val, tb)

    def close(self):
        return self._close()

    def __del__(self):
        if self._state == CREATED:
            self._state = CLEARED
            self._frame = None
            _warn_unawaited(self)
        elif self._state < COMPLETED:
            self._finalize()

    @property
    def cr_frame(self):
        return self._frame_attr()

    @property
    def cr_running(self):
        return self._state == EXECUTING

    @property
    def cr_suspended(self):
        return self._state == SUSPENDED

    @property
    def cr_code(self):
        return self._code

    @property
    def cr_await(self):
        return self._yf()

    @property
    def cr_origin(self):
        return self._origin


_origin_depth = sys.get_coroutine_origin_tracking_depth


def _origin(frame):
    """cr_origin: (filename, line, function) of the frames that created
    the coroutine, as many as sys.set_coroutine_origin_tracking_depth asks."""
    depth = sys.get_coroutine_origin_tracking_depth()
    if not depth:
        return None
    origin = []
    while frame is not None and len(origin) < depth:
        origin.append((frame.code.co_filename, frame.f_lineno,
                       frame.code.co_name))
        frame = frame.back
    return tuple(origin)


def _warn_unawaited(coro):
    # As CPython's _PyErr_WarnUnawaitedCoroutine: warnings's own function
    # first; when it fails (other than by raising the warning), its error is
    # reported and the plain warning still issued.
    warnings = sys.modules.get('warnings')
    warned = False
    if warnings is not None and hasattr(warnings,
                                        '_warn_unawaited_coroutine'):
        try:
            warnings._warn_unawaited_coroutine(coro)
            warned = True
        except RuntimeWarning as error:
            warned = True
            _write_unraisable(error, coro)
        except BaseException as error:
            _write_unraisable(error, coro)
    if not warned:
        try:
            import _warnings
            _warnings.warn(f"coroutine '{coro.__qualname__}' was never "
                           'awaited', RuntimeWarning, 1, source=coro)
        except BaseException as error:
            _write_unraisable(error, coro)


class CoroutineWrapper:
    """What a coroutine's __await__ returns (CPython's coroutine_wrapper)."""

    __slots__ = ('_coro',)

    def __init__(self, coro):
        self._coro = coro

    def __iter__(self):
        return self

    def __next__(self):
        return _fast_send(self._coro, None)

    def send(self, value, /):
        return _fast_send(self._coro, value)

    def throw(self, typ, val=None, tb=None, /):
        return self._coro._throw(True, typ, val, tb)

    def close(self):
        return self._coro._close()

    def __repr__(self):
        return f'<coroutine_wrapper object at {id(self):#x}>'

    def __reduce__(self):
        raise TypeError("cannot pickle 'coroutine_wrapper' object")


CoroutineWrapper.__name__ = CoroutineWrapper.__qualname__ = \
    'coroutine_wrapper'


# --- async generators -------------------------------------------------------

class AsyncGenValueWrapper:
    """A value yielded by an async generator (ASYNC_GEN_WRAP), as opposed
    to one passed up from an await."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


_INIT, _ITER, _CLOSED = 0, 1, 2


class AsyncGenerator(_GenBase):
    __slots__ = ('_closed', '_running_async', '_hooks_inited', '_finalizer')
    _kind = 'async_generator'
    # As CPython's async_generator (PEP 585): AsyncGeneratorType[int].
    __class_getitem__ = classmethod(_type(list[int]))

    def __init__(self, frame):
        _GenBase.__init__(self, frame)
        self._closed = False
        self._running_async = False
        self._hooks_inited = False
        self._finalizer = None

    def _init_hooks(self):
        if self._hooks_inited:
            return
        self._hooks_inited = True
        firstiter, finalizer = sys.get_asyncgen_hooks()
        if finalizer is not None:
            self._finalizer = finalizer
        if firstiter is not None:
            firstiter(self)

    def __aiter__(self):
        return self

    def __anext__(self):
        self._init_hooks()
        return AsyncGenASend(self, None)

    def asend(self, value, /):
        self._init_hooks()
        return AsyncGenASend(self, value)

    def athrow(self, typ, val=None, tb=None, /):
        self._init_hooks()
        return AsyncGenAThrow(self, (typ, val, tb))

    def aclose(self):
        self._init_hooks()
        return AsyncGenAThrow(self, None)

    def __del__(self):
        if self._state >= COMPLETED:
            return
        finalizer = self._finalizer
        if finalizer is not None and not self._closed:
            try:
                finalizer(self)
            except BaseException as error:
                _write_unraisable(error, self)
            return
        self._finalize()

    @property
    def ag_frame(self):
        return self._frame_attr()

    @property
    def ag_running(self):
        return self._running_async

    @property
    def ag_code(self):
        return self._code

    @property
    def ag_await(self):
        return self._yf()


def _unwrap_value(agen, call, *args):
    """Run call(*args) (a send or throw into agen) and apply
    async_gen_unwrap_value: an async-generator yield becomes StopIteration
    carrying the value; the end becomes StopAsyncIteration."""
    try:
        result = call(*args)
    except BaseException as error:
        if isinstance(error, (StopAsyncIteration, GeneratorExit)):
            agen._closed = True
        agen._running_async = False
        raise
    if _type(result) is AsyncGenValueWrapper:
        agen._running_async = False
        raise stop_iteration(result.value)
    return result


class AsyncGenASend:
    """What asend() and __anext__() return (async_generator_asend)."""

    __slots__ = ('_gen', '_sendval', '_state')

    def __init__(self, gen, sendval):
        self._gen = gen
        self._sendval = sendval
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, arg, /):
        if self._state == _CLOSED:
            raise RuntimeError(
                'cannot reuse already awaited __anext__()/asend()')
        gen = self._gen
        if self._state == _INIT:
            if gen._running_async:
                raise RuntimeError(
                    'anext(): asynchronous generator is already running')
            if arg is None:
                arg = self._sendval
            self._state = _ITER
        gen._running_async = True
        try:
            return _unwrap_value(gen, gen._send_ex, arg)
        except BaseException:
            self._state = _CLOSED
            raise

    def throw(self, typ, val=None, tb=None, /):
        if self._state == _CLOSED:
            raise RuntimeError(
                'cannot reuse already awaited __anext__()/asend()')
        gen = self._gen
        try:
            return _unwrap_value(gen, gen._throw, True, typ, val, tb)
        except BaseException:
            self._state = _CLOSED
            raise

    def close(self):
        self._state = _CLOSED

    def __repr__(self):
        return f'<async_generator_asend object at {id(self):#x}>'

    def __reduce__(self):
        raise TypeError("cannot pickle 'async_generator_asend' object")


class AsyncGenAThrow:
    """What athrow() and aclose() return (async_generator_athrow); args is
    None for aclose()."""

    __slots__ = ('_gen', '_args', '_state')

    def __init__(self, gen, args):
        self._gen = gen
        self._args = args
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, arg, /):
        gen = self._gen
        if self._state == _CLOSED:
            raise RuntimeError(
                'cannot reuse already awaited aclose()/athrow()')
        if gen._state >= COMPLETED:
            self._state = _CLOSED
            raise StopIteration
        if self._state == _INIT:
            if gen._running_async:
                self._state = _CLOSED
                if self._args is None:
                    raise RuntimeError('aclose(): asynchronous generator is '
                                       'already running')
                raise RuntimeError('athrow(): asynchronous generator is '
                                   'already running')
            if gen._closed:
                self._state = _CLOSED
                raise StopAsyncIteration
            if arg is not None:
                raise RuntimeError("can't send non-None value to a "
                                   'just-started coroutine')
            self._state = _ITER
            gen._running_async = True
            if self._args is None:
                gen._closed = True
                return self._closing(gen._throw, False, GeneratorExit)
            typ, val, tb = self._args
            return self._throwing(_unwrap_value, gen, gen._throw, False,
                                  typ, val, tb)
        if self._args is not None:
            return _unwrap_value(gen, gen._send_ex, arg)
        return self._closing(gen._send_ex, arg)

    def _throwing(self, call, *args):
        try:
            return call(*args)
        except BaseException:
            self._check_error()
            raise

    def _closing(self, call, *args):
        gen = self._gen
        try:
            result = call(*args)
        except (StopAsyncIteration, GeneratorExit):
            gen._running_async = False
            self._state = _CLOSED
            failed = True
        except BaseException:
            gen._running_async = False
            self._state = _CLOSED
            raise
        else:
            failed = False
        if failed:
            raise StopIteration
        if _type(result) is AsyncGenValueWrapper:
            gen._running_async = False
            self._state = _CLOSED
            raise RuntimeError('async generator ignored GeneratorExit')
        return result

    def _check_error(self):
        self._gen._running_async = False
        self._state = _CLOSED

    def throw(self, typ, val=None, tb=None, /):
        if self._state == _CLOSED:
            raise RuntimeError(
                'cannot reuse already awaited aclose()/athrow()')
        gen = self._gen
        if self._args is not None:
            return _unwrap_value(gen, gen._throw, True, typ, val, tb)
        try:
            result = gen._throw(True, typ, val, tb)
        except (StopAsyncIteration, GeneratorExit):
            failed = True
        else:
            failed = False
        if failed:
            raise StopIteration
        if _type(result) is AsyncGenValueWrapper:
            gen._running_async = False
            self._state = _CLOSED
            raise RuntimeError('async generator ignored GeneratorExit')
        return result

    def close(self):
        self._state = _CLOSED

    def __repr__(self):
        return f'<async_generator_athrow object at {id(self):#x}>'

    def __reduce__(self):
        raise TypeError("cannot pickle 'async_generator_athrow' object")


class _ReadOnly(property):
    # A read-only attribute of a generator type: assigning or deleting it
    # fails as it does for CPython's getset descriptors.  (No docstring:
    # an instance without a doc of its own would show the class's.)

    def __set__(self, instance, value):
        raise AttributeError(f"attribute '{self.fget.__name__}' of "
                             f"'{_type(instance).__name__}' objects is "
                             "not writable")

    def __delete__(self, instance):
        self.__set__(instance, None)


class _ReadOnlyMember(property):
    # One that CPython's type holds as a read-only member (ag_running,
    # gi_code): its error names nothing.

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        self.__set__(instance, None)


class _DocumentedQualname(_CheckedQualname):
    """__qualname__ of one generator type, with that type's docstring."""


def _like_host_type(cls, host):
    """Give cls's methods and attributes the host type's docstrings and
    its read-only attributes CPython's errors (help(), doctests and tests
    read them), and a __name__ and __qualname__ of its own, as each of
    CPython's generator types has."""
    host_dict = vars(host)
    base = vars(_GenBase)
    name = base['__name__']
    qualname = _DocumentedQualname(base['__qualname__'].slot)
    qualname.__doc__ = host_dict['__qualname__'].__doc__
    # Assigning either name would rename the class: the class's own dict
    # takes them (as check_qualname does).
    real, = gc.get_referents(vars(cls))
    real['__name__'] = property(name.fget, name.fset, name.fdel,
                                host_dict['__name__'].__doc__)
    real['__qualname__'] = qualname
    for attr, value in list(vars(cls).items()):
        if attr not in host_dict or attr in ('__name__', '__qualname__'):
            continue
        doc = host_dict[attr].__doc__
        if isinstance(value, property):
            member = _type(host_dict[attr]).__name__ == 'member_descriptor'
            kind = _ReadOnlyMember if member else _ReadOnly
            descriptor = kind(value.fget)
            descriptor.__doc__ = doc
            setattr(cls, attr, descriptor)
        elif _type(value) is _type(_like_host_type):
            value.__doc__ = doc
    # Changing the class resets the type's attribute cache.
    cls._ophis_docs = None
    del cls._ophis_docs


_set_qualname = vars(_GenBase)['__qualname__'].__set__
_function_qualname = vars(Function)['__qualname__'].slot.__get__
check_qualname(_GenBase)
_like_host_type(Generator, GeneratorType)
_like_host_type(Coroutine, CoroutineType)
_like_host_type(AsyncGenerator, AsyncGeneratorType)
for _cls, _name in ((Generator, 'generator'), (Coroutine, 'coroutine'),
                    (AsyncGenerator, 'async_generator'),
                    (AsyncGenASend, 'async_generator_asend'),
                    (AsyncGenAThrow, 'async_generator_athrow'),
                    (AsyncGenValueWrapper, 'async_generator_wrapped_value')):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = _BUILTINS
del _cls, _name
