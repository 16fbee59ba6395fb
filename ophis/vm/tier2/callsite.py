"""What a compiled block's CALL of an Ophis function, a bound method of one
or a class does, as one run-time helper the block's text calls (call_site)
instead of carrying its own copy of it at every call site: the host's
compile() of those copies (70-150 lines a site) was most of what compiling
blocks cost.

call_site makes the callee's frame and, when its entry block is a leaf
(ophis.vm.tier2.compiler.LEAF), runs that block here as the loop would run
it, returning the callee's value; a callee that goes on in the loop (not a
leaf, a side exit, an exception) is pushed here as the loop's CALL_AT would
push it and left to the loop as the running frame (ENTERED,
ENTERED_RAISE); a callable it does not know (or arguments it does not bind)
is left to CALL's handler (UNHANDLED), before anything is done.  An entry
block that calls but runs no handler (compiler.CALLS) is run here too, two
levels deep: given NESTED_ONCE, its own call sites run such blocks too,
given NESTED only leaves, so that the host recursion stays bounded; a
frame its call pushed for the loop is the running frame then, and ENTERED
goes down through it.

While a callee's block runs from here, this module's host frame sits
between the caller's block and the callee's: ophis.runtime.sysmod.
frames_from steps over it (is_helper), and like every host frame of
Ophis's own it is left out of tracebacks; the eval breaker takes a signal
arriving in it as one arriving in the VM's bookkeeping, except at the call
of a class the host constructs (``cls(*args)``, the program's call: see
ophis.vm.breaker._record).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys

from ophis.vm.frame import NULL, Frame, CO_GENERATOR
from ophis.vm.signals import Signal, RAISE_AT, RETURN_AT, ENTERED, \
    ENTERED_RAISE
from ophis.vm.state import _local
from ophis.vm.loop import RECURSION_MESSAGE
from ophis.vm.function import Function, bind_frame
from ophis.vm.hostrefs import MethodType, TracebackType
from ophis.vm.construct import (construct, find_init, shim_frame, init_shim,
                                 init_result_error)
from ophis.vm.breaker import requested, service
from ophis.vm.ops_generators import created_at_call

# call_site's answer for a callable or arguments it leaves to CALL's
# handler (the block's side exit); nothing has been done.
UNHANDLED = Signal('UNHANDLED')

_type = type
_new_frame = Frame.__new__
_Frame = Frame
_Function = Function
_bind_frame = bind_frame
_MethodType = MethodType
_getrefcount = sys.getrefcount
_object_new = object.__new__
_super = super
_Traceback = TracebackType
_CO_GENERATOR = CO_GENERATOR
LEAF = None     # compiler.LEAF, set by the compiler (it imports this module)
CALLS = None    # compiler.CALLS, the same


class _Nested:
    __slots__ = ()

    def __repr__(self):
        return '<nested block run>'


# The arguments call_site runs a callee's blocks with (blocks ignore their
# argument but pass it to call_site): a block run with NESTED_ONCE (from a
# block the loop runs) runs callees whose entry block calls
# (compiler.CALLS) itself too, giving them NESTED; a block run with NESTED
# runs only leaf callees itself.  So the host recursion direct runs add
# stays three helper levels (two calling entry blocks, then a leaf):
# raytrace's `Ray(p, v)` runs `__init__`, which runs `v.normalized()`,
# which runs `self.scale(...)`, without the loop.
NESTED_ONCE = _Nested()
NESTED = _Nested()


def _positional(func, args):
    """args (a list, which becomes func's fast locals) completed from
    func's __defaults__ when it has fewer than func's parameters (the exact
    count call_site has taken), or None when the handler must bind
    them."""
    if not func._simple:
        return None
    defaults = func._defaults
    missing = func._argcount - len(args)
    if missing <= 0 or _type(defaults) is not tuple or \
            missing > len(defaults):
        return None
    args += defaults[len(defaults) - missing:]
    args += func._pad
    return args


def call_site(f, func, after, args, arg):
    """CALL of func (no self below it on the stack) with args (a list the
    block made, which becomes the callee's fast locals), from a compiled
    block running frame f whose next instruction is at index after and
    which was given arg (NESTED_ONCE or NESTED when call_site runs it):
    the callee's value, or ENTERED / ENTERED_RAISE (the callee, or a
    frame it called, is the running frame, the caller's f.pc is after),
    or UNHANDLED (nothing done: the block goes on from its own slots).
    (Positional parameters, no defaults: the host's CALL of it is
    specialized, no C-level recursion.)"""
    kind = _type(func)
    if kind is _MethodType:
        method = func.__func__
        if _type(method) is not _Function:
            return UNHANDLED
        args.insert(0, func.__self__)
        func = method
    elif kind is not _Function:
        if kind is type and func is not _super and func is not _Traceback:
            if len(args) == 3 and issubclass(func, type):
                return UNHANDLED
            return _construct(f, func, args, after, arg)
        return UNHANDLED
    if func._fastcount == len(args):
        if func._pad:
            args += func._pad
    elif _positional(func, args) is None:
        return UNHANDLED
    # As ophis.vm.ops_calls.CALL makes the frame (its stack, instructions
    # and index also held here, read once).
    pc = 0 if requested[0] else func._entry[0]
    instrs = func._instrs
    F = _new_frame(_Frame)
    F.code = func._code
    F.globals = func._globals
    F.builtins = func._builtins
    F.locals = None
    F.localsplus = args
    args = None
    F.stack = S = []
    F.pc = pc
    F.instrs = instrs
    F.func = func
    F.gen = None
    func = None
    if not pc and F.code.co_flags & _CO_GENERATOR:
        # A generator function made into its generator here, as CALL's
        # handler does (ops_generators.created_at_call).  (The flag test
        # first: closures start at index 0 too.)
        made = []
        if created_at_call(F, made):
            return made[0]
    T = _local.tstate
    if T.depth >= T.limit:
        raise RecursionError(RECURSION_MESSAGE)
    T.depth += 1
    F.back = f
    # f.pc for whoever reads the caller's frame (its line, while the
    # callee runs, is read from pc in the caller block's host frame).
    f.pc = after
    T.frame = F
    E = instrs[pc]
    if E[1] is not LEAF and (E[1] is not CALLS or arg is NESTED):
        # The loop's CALL_AT: the callee pushed, on in the loop.
        return ENTERED
    # (The argument of the callee's blocks: one level deeper.)
    arg = NESTED if arg is NESTED_ONCE or arg is NESTED else NESTED_ONCE
    try:
        r = E[0](F, S, arg)
        # The callee's next block, where its side exit or a branch leads,
        # run here too while it is one this call may run (the loop would
        # run it next; a request pending or tracing switched on puts a
        # plain instruction there).
        while r is not RETURN_AT and r is not RAISE_AT:
            if r is ENTERED or r is ENTERED_RAISE:
                # The callee's own call went on in the loop: the frame it
                # pushed (or one that raised) is the running frame, the
                # callee's f.pc set by that call.
                return r
            E = instrs[r]
            if E[1] is not LEAF and (E[1] is not CALLS or arg is NESTED):
                break
            r = E[0](F, S, arg)
    except BaseException:
        # (Only what escapes a block's own handling: the host's stack.)
        T.depth -= 1
        T.frame = f
        raise
    if r is RETURN_AT:
        # The loop's return path: the caller running before the callee's
        # locals die, first to last, when nobody else holds the frame (a
        # frame kept keeps the f.pc its return set).
        T.depth -= 1
        T.frame = f
        if _getrefcount(F) <= 2:
            X = F.localsplus
            if _getrefcount(X) <= 3:
                # Reversed, they die first to last when F dies, as this
                # function returns (the list's last item first): the
                # caller running, as CPython's _PyFrame_Clear drops them.
                X.reverse()
            X = None
        return S.pop()
    if r is RAISE_AT:
        return ENTERED_RAISE
    F.pc = r
    return ENTERED


def call_site_kw(f, func, after, args, kwnames, arg):
    """CALL_KW of func (no self below it on the stack) with args (a list
    the block made: the positional arguments, then the values of the
    keyword arguments kwnames names), as call_site: the arguments bound
    by ophis.vm.function.bind_frame (its errors, CPython's, raised here
    are the instruction's), the frame then run or pushed by _enter.
    UNHANDLED for anything but an Ophis function or a host bound method
    of one (CALL_KW's handler calls it)."""
    kind = _type(func)
    if kind is _MethodType:
        method = func.__func__
        if _type(method) is not _Function:
            return UNHANDLED
        args.insert(0, func.__self__)
        func = method
    elif kind is not _Function:
        return UNHANDLED
    split = len(args) - len(kwnames)
    values = args[split:]
    del args[split:]
    return _enter(f, _bind_frame(func, args, kwnames, values), after, arg)


def call_site_ex(f, func, after, callargs, kwargs, arg):
    """CALL_FUNCTION_EX of func (its NULL below the arguments) with the
    tuple or list callargs and the dict kwargs (None without ``**``), as
    call_site_kw.  UNHANDLED, nothing done, for anything else and for
    whatever CALL_FUNCTION_EX's handler converts or checks first (other
    iterables after ``*``, other mappings after ``**``, keys that are not
    strings): its messages stay in one place."""
    kind = _type(func)
    if kind is _MethodType:
        method = func.__func__
        if _type(method) is not _Function:
            return UNHANDLED
        args = [func.__self__]
        func = method
    elif kind is _Function:
        args = []
    else:
        return UNHANDLED
    kind = _type(callargs)
    if kind is not tuple and kind is not list:
        return UNHANDLED
    args += callargs
    if kwargs is None:
        return _enter(f, _bind_frame(func, args, None, None), after, arg)
    if _type(kwargs) is not dict:
        return UNHANDLED
    if not kwargs:
        return _enter(f, _bind_frame(func, args, None, None), after, arg)
    for key in kwargs:
        if _type(key) is not str:
            return UNHANDLED
    return _enter(f, _bind_frame(func, args, tuple(kwargs),
                                 list(kwargs.values())), after, arg)


def _enter(f, F, after, arg):
    """call_site's push of the frame F it made, and its direct run of F's
    entry block when that is a leaf (or calls, and arg is not NESTED), for
    call_site_kw and call_site_ex: the callee's value, ENTERED or
    ENTERED_RAISE.  (call_site keeps its own copy: one host call more per
    positional call would cost more than the copy; a binding call costs
    many host calls anyway.)"""
    T = _local.tstate
    if T.depth >= T.limit:
        raise RecursionError(RECURSION_MESSAGE)
    T.depth += 1
    F.back = f
    f.pc = after
    T.frame = F
    S = F.stack
    instrs = F.instrs
    E = instrs[F.pc]
    if E[1] is not LEAF and (E[1] is not CALLS or arg is NESTED):
        return ENTERED
    arg = NESTED if arg is NESTED_ONCE or arg is NESTED else NESTED_ONCE
    try:
        r = E[0](F, S, arg)
        while r is not RETURN_AT and r is not RAISE_AT:
            if r is ENTERED or r is ENTERED_RAISE:
                return r
            E = instrs[r]
            if E[1] is not LEAF and (E[1] is not CALLS or arg is NESTED):
                break
            r = E[0](F, S, arg)
    except BaseException:
        T.depth -= 1
        T.frame = f
        raise
    if r is RETURN_AT:
        T.depth -= 1
        T.frame = f
        if _getrefcount(F) <= 2:
            X = F.localsplus
            if _getrefcount(X) <= 3:
                X.reverse()
            X = None
        return S.pop()
    if r is RAISE_AT:
        return ENTERED_RAISE
    F.pc = r
    return ENTERED


def go_on(f, F, r, arg):
    """A direct entry's (ophis.vm.tier2.direct) callee F, pushed and
    running, whose entry block left for r (an index, a signal of a call
    it made): call_site's loop over its next blocks and its return path,
    for the caller f's block, which gave arg.  A copy of them, as _enter
    is of call_site's push: call_site calling this would add a host call
    to every Ophis call a block makes.  (The return path's count differs:
    the direct entry's host frame holds F too.)"""
    T = _local.tstate
    S = F.stack
    instrs = F.instrs
    arg = NESTED if arg is NESTED_ONCE or arg is NESTED else NESTED_ONCE
    try:
        while r is not RETURN_AT and r is not RAISE_AT:
            if r is ENTERED or r is ENTERED_RAISE:
                return r
            E = instrs[r]
            if E[1] is not LEAF and (E[1] is not CALLS or arg is NESTED):
                break
            r = E[0](F, S, arg)
    except BaseException:
        T.depth -= 1
        T.frame = f
        raise
    if r is RETURN_AT:
        T.depth -= 1
        T.frame = f
        # (Three: the direct entry's host frame holds F too, until this
        # returns; it has let the locals' list go.)
        if _getrefcount(F) <= 3:
            X = F.localsplus
            if _getrefcount(X) <= 3:
                X.reverse()
            X = None
        return S.pop()
    if r is RAISE_AT:
        return ENTERED_RAISE
    F.pc = r
    return ENTERED


def _construct(f, cls, args, after, arg):
    """call_site for a class: made by object.__new__ with an Ophis
    __init__ taking args positionally whose entry block is a leaf, the
    instance and the __init__ frame made here and the block run here (two
    depth levels: the shim's, as type.__call__ counts one, and the
    frame's), then type.__call__'s check of its result; construct's shim
    frame only when __init__ goes on in the loop, under it as the loop
    would have it (O alone on its stack, at its second instruction).
    Other classes: the shim frame pushed, or the class called here."""
    init = find_init(cls) if cls.__new__ is _object_new else NULL
    if _type(init) is _Function and len(args) + 1 == init._fastcount \
            and not requested[0]:
        E = init._instrs[init._entry[0]]
        leaf = E[1] is LEAF or (E[1] is CALLS and arg is not NESTED)
    else:
        leaf = False
    if not leaf:
        F = (init_shim(cls, init, args, None, None)
             if _type(init) is _Function else
             construct(cls, args, None, None))
        if F is None:
            # The program's call (the eval breaker's exception: ophis.vm.
            # breaker._record), then the breaker as the handler checks it.
            result = cls(*args)
            if requested[0]:
                service(f)
            return result
        T = _local.tstate
        if T.depth >= T.limit:
            raise RecursionError(RECURSION_MESSAGE)
        T.depth += 1
        F.back = f
        f.pc = after
        T.frame = F
        return ENTERED
    O = _object_new(cls)
    F = _new_frame(_Frame)
    F.code = init._code
    F.globals = init._globals
    F.builtins = init._builtins
    F.locals = None
    args.insert(0, O)
    args += init._pad
    F.localsplus = args
    args = None
    F.stack = []
    F.pc = init._entry[0]
    F.instrs = init._instrs
    F.func = init
    F.gen = None
    init = None
    T = _local.tstate
    if T.depth + 1 >= T.limit:
        raise RecursionError(RECURSION_MESSAGE)
    T.depth += 2
    F.back = f
    f.pc = after
    T.frame = F
    # call_site's leaf run and return path again, counting the shim's
    # level too: a helper shared by both would cost one more host call
    # for every Ophis call a block makes.
    arg = NESTED if arg is NESTED_ONCE or arg is NESTED else NESTED_ONCE
    try:
        r = E[0](F, F.stack, arg)
        while r is not RETURN_AT and r is not RAISE_AT:
            if r is ENTERED or r is ENTERED_RAISE:
                break
            E = F.instrs[r]
            if E[1] is not LEAF and (E[1] is not CALLS or arg is NESTED):
                break
            r = E[0](F, F.stack, arg)
    except BaseException:
        T.depth -= 2
        T.frame = f
        raise
    if r is RETURN_AT:
        T.depth -= 2
        T.frame = f
        if _getrefcount(F) <= 2:
            X = F.localsplus
            if _getrefcount(X) <= 3:
                X.reverse()
                X.clear()
            X = None
        R = F.stack.pop()
        F = None
        if R is not None:
            # At the CALL, O dying first (the shim's stack cleared).
            O = None
            raise init_result_error(R)
        return O
    F.back = shim_frame(F, [O], 1, f)
    O = None
    if r is RAISE_AT:
        return ENTERED_RAISE
    if r is ENTERED or r is ENTERED_RAISE:
        # (A frame __init__ called is the running one, __init__'s f.pc
        # set by that call.)
        return r
    F.pc = r
    return ENTERED


def is_helper(host_code):
    """Whether host_code is one of this module's helpers (a host frame
    between a block and the callee's block it runs)."""
    for code in _HELPER_CODES:
        if host_code is code:
            return True
    return False


# (Compared by identity: code objects compare equal by their contents.)
_HELPER_CODES = tuple(helper.__code__ for helper in (
    call_site, _construct, call_site_kw, call_site_ex, _enter, go_on))
