"""Handlers: calls and function creation.

The call layout is ``callable, self_or_null, args...``.  A call of an Ophis
function (or of a host bound method wrapping one) binds the arguments and
returns the new frame, which the loop pushes and runs without host
recursion; anything else is called as a host callable.  A call of the
builtin ``super`` with no arguments gets the class and the first argument
from the calling frame, as CPython's super() does.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.frame import NULL, CellType, CO_FAST_CELL, CO_FAST_FREE, Frame
from ophis.vm.function import Function, bind_frame, new_function
from ophis.vm.construct import construct
from ophis.vm.generators import Generator, consuming_frame
from ophis.vm.ops_generators import created_at_call
from ophis.vm.hostrefs import late, MethodType, TracebackType, FunctionType
from ophis.vm.signals import BREAK
from ophis.vm.breaker import requested
from ophis.vm.ops_build import (function_str, is_non_iterable,
                                _merge_mapping, _Duplicate, _raise_duplicate)
from ophis.bytecode.instructions import (MF_DEFAULTS, MF_KWDEFAULTS,
                                         MF_ANNOTATIONS, MF_CLOSURE)

_type = type
_new_frame = Frame.__new__
_Frame = Frame
_super = super
_tuple = tuple
_dict = dict
_builtin = type(len)


def CALL(f, stack, arg):
    func = stack[-arg - 2]
    cls = _type(func)
    if cls is Function:
        if stack[-arg - 1] is NULL:
            args = stack[len(stack) - arg:]
        else:
            args = stack[-arg - 1:]
        del stack[-arg - 2:]
    elif cls is MethodType and stack[-arg - 1] is NULL and \
            _type(func.__func__) is Function:
        # A host bound method (``m = obj.method; m(x)``, or LOAD_METHOD's
        # getattr): its function with self first.
        args = stack[len(stack) - arg:]
        del stack[-arg - 2:]
        args.insert(0, func.__self__)
        func = func.__func__
    else:
        # Anything else: every path returns.
        if arg == 1 and stack[-2] is NULL:
            # The commonest call, without an argument list; the argument
            # lives only on this handler's value stack while the callee
            # runs, so the callee sees CPython's reference counts.
            func = stack[-3]
            cls = _type(func)
            if cls is not MethodType:
                if cls is type and func is not type:
                    shim = construct(func, [stack[-1]], None, None)
                    if shim is not None:
                        del stack[-3:]
                        return shim
                    # A host class (tuple, set, str...): its own __new__
                    # or a host __init__, called as below (the general
                    # path would only ask construct again).
                elif cls is _builtin and _type(stack[-1]) is Generator:
                    # sum(gen), any(gen), sep.join(gen)...: the generator
                    # run here (ophis.vm.generators.consuming_frame).
                    frame = consuming_frame(func, stack[-1])
                    if frame is not None:
                        del stack[-3:]
                        return frame
                # (The pop happens first: the callable is then at -2.)
                stack[-2] = func(stack.pop())
                del stack[-1]
                if requested[0]:
                    return BREAK
                return None
        base = len(stack) - arg - 2
        func = stack[base]
        if stack[base + 1] is NULL:
            args = stack[base + 2:]
        else:
            args = stack[base + 1:]
        del stack[base:]
        cls = _type(func)
        if cls is Function:
            return bind_frame(func, args, None, None)
        if cls is MethodType:
            inner = func.__func__
            if _type(inner) is Function:
                args.insert(0, func.__self__)
                return bind_frame(inner, args, None, None)
        elif cls is type:
            if func is _super:
                if not args:
                    args = zero_arg_super(f)
            elif func is TracebackType:
                args = traceback_args(args)
            elif len(args) == 3 and issubclass(func, type):
                stack.append(call_in_globals(f, func, args, {}))
                return BREAK if requested[0] else None
            elif func is not type:
                shim = construct(func, args, None, None)
                if shim is not None:
                    return shim
        elif func is _type_new:
            stack.append(call_in_globals(f, func, args, {}))
            return BREAK if requested[0] else None
        stack.append(func(*args))
        if requested[0]:
            return BREAK
        return None
    if len(args) == func._fastcount:
        # Positional arguments only, exactly as many as the function has
        # parameters: the arguments (a slice of the value stack) become its
        # fast locals and the frame is made here -- what bind_frame does,
        # without the call.
        args += func._pad
        frame = _new_frame(_Frame)
        frame.code = func._code
        frame.globals = func._globals
        frame.builtins = func._builtins
        frame.locals = None
        frame.localsplus = args
        frame.stack = []
        # Past a leading RESUME when the breaker is clear (see
        # function.set_entry); the loop sets frame.back as it pushes.
        pc = 0 if requested[0] else func._entry[0]
        frame.pc = pc
        frame.instrs = func._instrs
        frame.func = func
        frame.gen = None
        if not pc and created_at_call(frame, stack):
            # A generator function (a genexpr): its generator made here,
            # without the frame's push and RETURN_GENERATOR's dispatch.
            return None
        return frame
    return bind_frame(func, args, None, None)


def CALL_KW(f, stack, arg):
    kwnames = stack.pop()
    base = len(stack) - arg - 2
    func = stack[base]
    if stack[base + 1] is NULL:
        args = stack[base + 2:]
    else:
        args = stack[base + 1:]
    del stack[base:]
    split = len(args) - len(kwnames)
    kwvalues = args[split:]
    del args[split:]
    cls = _type(func)
    if cls is Function:
        return bind_frame(func, args, kwnames, kwvalues)
    if cls is MethodType:
        inner = func.__func__
        if _type(inner) is Function:
            args.insert(0, func.__self__)
            return bind_frame(inner, args, kwnames, kwvalues)
    elif cls is type:
        if len(args) == 3 and issubclass(func, type) or func is _type_new:
            stack.append(call_in_globals(f, func, args,
                                         _dict(zip(kwnames, kwvalues))))
            return BREAK if requested[0] else None
        if func is not type:
            shim = construct(func, args, kwnames, kwvalues)
            if shim is not None:
                return shim
    stack.append(func(*args, **_dict(zip(kwnames, kwvalues))))
    if requested[0]:
        return BREAK


def CALL_FUNCTION_EX(f, stack, arg):
    kwargs = stack.pop() if arg & 1 else None
    callargs = stack.pop()
    del stack[-1]          # the NULL
    func = stack.pop()
    if _type(callargs) is not _tuple:
        try:
            callargs = _tuple(callargs)
            failed = False
        except TypeError:
            if not is_non_iterable(callargs):
                raise
            failed = True
        if failed:
            raise TypeError(f'{function_str(func)} argument after * must be '
                            f'an iterable, not {_type(callargs).__name__:.200}')
    if kwargs is not None and _type(kwargs) is not _dict:
        merged = {}
        problem = None
        try:
            _merge_mapping(merged, kwargs, _raise_duplicate)
        except AttributeError:
            problem = 'mapping'
        except _Duplicate as dup:
            problem = dup.args
        if problem == 'mapping':
            raise TypeError(f'{function_str(func)} argument after ** must '
                            f'be a mapping, not {_type(kwargs).__name__:.200}')
        if problem is not None:
            raise TypeError(f'{function_str(func)} got multiple values for '
                            f"keyword argument '{problem[0]}'")
        kwargs = merged
    cls = _type(func)
    target = None
    if cls is Function:
        target = func
        args = list(callargs)
    elif cls is MethodType and _type(func.__func__) is Function:
        target = func.__func__
        args = [func.__self__]
        args.extend(callargs)
    if target is not None:
        if kwargs:
            for key in kwargs:
                if _type(key) is not str and not isinstance(key, str):
                    raise TypeError('keywords must be strings')
            return bind_frame(target, args, _tuple(kwargs),
                              list(kwargs.values()))
        return bind_frame(target, args, None, None)
    if func is _super and not callargs and not kwargs:
        callargs = zero_arg_super(f)
    if cls is type and len(callargs) == 3 and issubclass(func, type) or \
            func is _type_new:
        # types.new_class calls meta(name, bases, ns, **kwds).
        stack.append(call_in_globals(f, func, callargs, kwargs or {}))
        return BREAK if requested[0] else None
    if kwargs:
        stack.append(func(*callargs, **kwargs))
    else:
        stack.append(func(*callargs))
    if requested[0]:
        return BREAK


_type_new = type.__new__


def _call_with(function, args, kwargs):
    return function(*args, **kwargs)


def call_in_globals(f, function, args, kwargs):
    """Call a host function that reads the calling frame's globals (type()
    making a class takes __module__ from them) from a host frame whose
    globals are the Ophis frame's."""
    return FunctionType(_call_with.__code__, f.globals)(function, args,
                                                       kwargs)


def traceback_args(args):
    """types.TracebackType(tb_next, frame, ...) with an Ophis frame: the host
    type takes only host frames, so the frame's stand-in is given."""
    if len(args) > 1 and _type(args[1]) is Frame:
        standin_frame = late('ophis.vm.tracebacks').standin_frame
        args = list(args)
        args[1] = standin_frame(args[1])
    return args


def zero_arg_super(frame):
    """The (class, object) arguments super() finds in frame, with CPython's
    errors (super_init_without_args)."""
    code = frame.code
    if code.co_argcount == 0:
        raise RuntimeError('super(): no arguments')
    first = frame.localsplus[0]
    kinds = code.co_localspluskinds
    if kinds[0] & CO_FAST_CELL and _type(first) is CellType:
        try:
            first = first.cell_contents
        except ValueError:
            first = NULL
    if first is NULL:
        raise RuntimeError('super(): arg[0] deleted')
    names = code.co_localsplusnames
    for i, name in enumerate(names):
        if name == '__class__' and kinds[i] & CO_FAST_FREE:
            cell = frame.localsplus[i]
            if _type(cell) is not CellType:
                raise RuntimeError('super(): bad __class__ cell')
            try:
                cls = cell.cell_contents
            except ValueError:
                cls = NULL
            if cls is NULL:
                raise RuntimeError('super(): empty __class__ cell')
            if not isinstance(cls, type):
                raise RuntimeError('super(): __class__ is not a type '
                                   f'({_type(cls).__name__})')
            return [cls, first]
    raise RuntimeError('super(): __class__ cell not found')


def MAKE_FUNCTION(f, stack, arg):
    code = stack.pop()
    closure = stack.pop() if arg & MF_CLOSURE else None
    annotations = stack.pop() if arg & MF_ANNOTATIONS else None
    kwdefaults = stack.pop() if arg & MF_KWDEFAULTS else None
    defaults = stack.pop() if arg & MF_DEFAULTS else None
    stack.append(new_function(code, f.globals, defaults, kwdefaults,
                              annotations, closure))


def LOAD_SUPER_METHOD(f, stack, arg):
    self_ = stack.pop()
    cls = stack.pop()
    global_super = stack.pop()
    if global_super is _super:
        proxy = _super(cls, self_)
    else:
        proxy = global_super(cls, self_)
    stack.append(getattr(proxy, arg))
    stack.append(NULL)


def decode_LOAD_SUPER_METHOD(code, oparg):
    return LOAD_SUPER_METHOD, code.co_names[oparg]
