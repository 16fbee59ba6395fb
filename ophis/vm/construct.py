"""Calling a class without host recursion.

``C(args)`` for an ordinary class (metaclass ``type``, ``__new__`` from
object, ``__init__`` an Ophis function) would go through the host's
type.__call__, which calls ``__init__`` from C -- a re-entry of the eval
loop, costly and deep on the host stack.  Instead the CALL handler does what
type.__call__ does itself: it makes the object with object.__new__ and runs
``__init__`` in the same loop, under a two-instruction shim frame (as
CPython 3.12 does) that checks ``__init__`` returned None and returns the
object.

The shim frame is not seen by the program: tracebacks, f_back and
sys._getframe() skip it.  It counts one level of recursion depth, as
type.__call__ does in CPython.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.bytecode.code import Code
from ophis.vm.decode import Decoded
from ophis.vm.frame import Frame, NULL
from ophis.vm.function import Function, bind_frame
from ophis.vm.signals import RETURN
from ophis.vm.breaker import requested
from ophis.vm.generators import Generator, collecting_frame

_type = type
_object_new = object.__new__
_type_call = type.__call__
_new_frame = Frame.__new__
_Frame = Frame


def _call_init(f, stack, arg):
    # The __init__ frame waits on the stack; calling it is pushing it.
    return stack.pop()


def _exit_init_check(f, stack, arg):
    result = stack.pop()
    if result is not None:
        raise init_result_error(result)
    return RETURN


def init_result_error(result):
    """What type.__call__ raises for an __init__ that returned result."""
    return TypeError('__init__() should return None, not '
                     f"'{_type(result).__name__:.200}'")


SHIM_CODE = Code(0, 0, 0, 0, 2, 0, bytes(4), (None,), (), (), '', '<shim>',
                 '<shim>', 0, b'', b'')
SHIM_CODE._vm_decoded = Decoded(
    [(_call_init, None), (_exit_init_check, None)],
    [(1, 0), (1, 0)], [], [None, None])
_SHIM_INSTRS = SHIM_CODE._vm_decoded.instrs


def find_init(cls):
    """cls.__init__ as found on the MRO, without binding it."""
    for klass in cls.__mro__:
        init = klass.__dict__.get('__init__', NULL)
        if init is not NULL:
            return init
    return NULL


def construct(cls, args, kwnames, kwvalues):
    """A shim frame that makes an instance of cls and runs its Ophis
    __init__ in the eval loop, or None if cls needs the host's
    type.__call__ (its own __new__, a non-Ophis __init__)."""
    if cls.__new__ is not _object_new:
        if len(args) == 1 and _type(args[0]) is Generator and \
                kwnames is None:
            # tuple(gen), set(gen)...: the generator run in the loop
            # (ophis.vm.generators.collecting_frame), or None.
            return collecting_frame(cls, args[0])
        return None
    init = find_init(cls)
    if _type(init) is not Function:
        return None
    return init_shim(cls, init, args, kwnames, kwvalues)


def init_shim(cls, init, args, kwnames, kwvalues):
    """construct's shim frame for cls, made by object.__new__, whose
    __init__ (found on the MRO) is the Ophis function init."""
    obj = _object_new(cls)
    args.insert(0, obj)
    if kwnames is None and len(args) == init._fastcount:
        # As ophis.vm.ops_calls.CALL makes a frame (bind_frame's first case,
        # without the call); the loop sets back when _call_init pushes it.
        args += init._pad
        init_frame = _new_frame(_Frame)
        init_frame.code = init._code
        init_frame.globals = init._globals
        init_frame.builtins = init._builtins
        init_frame.locals = None
        init_frame.localsplus = args
        init_frame.stack = []
        init_frame.pc = 0 if requested[0] else init._entry[0]
        init_frame.instrs = init._instrs
        init_frame.func = init
        init_frame.gen = None
    else:
        init_frame = bind_frame(init, args, kwnames, kwvalues)
    return shim_frame(init_frame, [obj, init_frame], 0, None)


def shim_frame(init_frame, stack, pc, back):
    """The shim frame for init_frame, with its stack, its pc (0: about to
    push init_frame; 1: init_frame running, obj alone on the stack) and
    its back."""
    shim = _new_frame(_Frame)
    shim.code = SHIM_CODE
    shim.globals = init_frame.globals
    shim.builtins = init_frame.builtins
    shim.locals = None
    shim.localsplus = []
    shim.stack = stack
    shim.pc = pc
    shim.back = back
    shim.instrs = _SHIM_INSTRS
    shim.func = None
    shim.gen = None
    return shim
