"""Ophis functions, and binding call arguments to parameters.

A Function is what MAKE_FUNCTION makes: code, globals, builtins, defaults,
keyword-only defaults, closure (a tuple of host cells), annotations, name,
qualified name, module, doc and a __dict__.  Host code can use it as the
real thing: call it (re-entering the eval loop), bind it as a method through
__get__ (giving a host bound method), wrap it with functools.wraps, pickle
it by reference.  The standard library runs under Ophis (ophis.importer),
so its ``types.FunctionType`` is this class: ``type(f)`` and
``f.__class__`` are the truth, as on CPython.

Binding follows CPython's initialize_locals, with its exact error messages;
the common case (positional arguments only, exactly as many as there are
parameters, no *args/**kwargs/keyword-only) is a list concatenation.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.frame import (NULL, Frame, decoded, CO_VARARGS,
                            CO_VARKEYWORDS, CO_OPTIMIZED)
from ophis.vm.hostrefs import late, MethodType, ModuleType
from ophis.vm.qualname import check_qualname, undeletable_dict
from ophis.vm.breaker import requested
from ophis.bytecode.instructions import RESUME as _RESUME, RESUME_START

_type = type

_SLOTS = (
    '_code', '_globals', '_builtins', '_name', '_module',
    '_doc', '_defaults', '_kwdefaults', '_closure', '_annotations',
    # Derived from the code, for binding and frame creation:
    '_argcount', '_simple', '_pad', '_instrs', '_nlocalsplus', '_fastcount',
    '_entry',
    # A slot can carry the name __qualname__ (a property cannot: type()
    # takes __qualname__ out of a class namespace); ophis.vm.qualname then
    # makes it check its values.
    '__qualname__',
    '__dict__', '__weakref__',
)


class Function:
    """function(code, globals, name=None, argdefs=None, closure=None)

    An Ophis function."""

    __slots__ = _SLOTS

    def __init__(self, code, globals, name=None, argdefs=None, closure=None,
                 *, qualname=None, builtins=None):
        if not isinstance(globals, dict):
            raise TypeError('function() argument \'globals\' must be dict, '
                            f'not {type(globals).__name__}')
        self._code = code
        self._globals = globals
        if builtins is None:
            builtins = builtins_from_globals(globals)
        self._builtins = builtins
        self._name = code.co_name if name is None else name
        self.__qualname__ = (code.co_qualname if qualname is None
                             else qualname)
        self._module = globals.get('__name__')
        consts = code.co_consts
        doc = consts[0] if consts else None
        self._doc = doc if isinstance(doc, str) else None
        self._defaults = argdefs
        self._kwdefaults = None
        self._closure = closure
        self._annotations = None
        derive(self)

    # --- calling ------------------------------------------------------------

    def __call__(self, /, *args, **kwargs):
        if kwargs:
            frame = bind_frame(self, list(args), tuple(kwargs),
                               list(kwargs.values()))
        elif len(args) == self._fastcount:
            # What bind_frame does for positional arguments that bind by
            # appending (host operators calling __add__, sort keys, map).
            frame = _new_frame(Frame)
            frame.code = self._code
            frame.globals = self._globals
            frame.builtins = self._builtins
            frame.locals = None
            frame.localsplus = [*args, *self._pad]
            frame.stack = []
            frame.pc = 0 if requested[0] else self._entry[0]
            frame.instrs = self._instrs
            frame.func = self
            frame.gen = None
        else:
            frame = bind_frame(self, list(args), None, None)
        name = self._name
        if name in _C_CHECKED:
            if name == '__del__':
                return _run_finalizer(self, frame)
            return run_frame(frame)
        # The host's operators and hooks reach a special method by a
        # vectorcall, which CPython does not count: only the frame does.
        return run_frame(frame, 1)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return MethodType(self, instance)

    # --- CPython's attributes -------------------------------------------------

    @property
    def __code__(self):
        return self._code

    @__code__.setter
    def __code__(self, value):
        if not _is_code(value):
            raise TypeError('__code__ must be set to a code object')
        nfree = len(value.co_freevars)
        nclosure = 0 if self._closure is None else len(self._closure)
        if nfree != nclosure:
            raise ValueError(f'{self._name}() requires a code object with '
                             f'{nclosure} free vars, not {nfree}')
        self._code = value
        derive(self)

    @property
    def __globals__(self):
        return self._globals

    @__globals__.setter
    def __globals__(self, value):
        raise AttributeError('readonly attribute')

    @__globals__.deleter
    def __globals__(self):
        raise AttributeError('readonly attribute')

    @property
    def __builtins__(self):
        return self._builtins

    @__builtins__.setter
    def __builtins__(self, value):
        raise AttributeError('readonly attribute')

    @__builtins__.deleter
    def __builtins__(self):
        raise AttributeError('readonly attribute')

    @property
    def __closure__(self):
        return self._closure

    @__closure__.setter
    def __closure__(self, value):
        raise AttributeError('readonly attribute')

    @__closure__.deleter
    def __closure__(self):
        raise AttributeError('readonly attribute')

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

    @property
    def __module__(self):
        return self._module

    @__module__.setter
    def __module__(self, value):
        self._module = value

    @__module__.deleter
    def __module__(self):
        self._module = None

    @property
    def __doc__(self):
        return self._doc

    @__doc__.setter
    def __doc__(self, value):
        self._doc = value

    @__doc__.deleter
    def __doc__(self):
        self._doc = None

    @property
    def __defaults__(self):
        return self._defaults

    @__defaults__.setter
    def __defaults__(self, value):
        if value is not None and not isinstance(value, tuple):
            raise TypeError('__defaults__ must be set to a tuple object')
        self._defaults = value

    @__defaults__.deleter
    def __defaults__(self):
        self._defaults = None

    @property
    def __kwdefaults__(self):
        return self._kwdefaults

    @__kwdefaults__.setter
    def __kwdefaults__(self, value):
        if value is not None and not isinstance(value, dict):
            raise TypeError('__kwdefaults__ must be set to a dict object')
        self._kwdefaults = value

    @__kwdefaults__.deleter
    def __kwdefaults__(self):
        self._kwdefaults = None

    @property
    def __annotations__(self):
        annotations = self._annotations
        if annotations is None:
            annotations = self._annotations = {}
        elif isinstance(annotations, tuple):
            # MAKE_FUNCTION leaves (name, value, ...); made a dict on demand.
            annotations = self._annotations = dict(
                zip(annotations[::2], annotations[1::2]))
        return annotations

    @__annotations__.setter
    def __annotations__(self, value):
        if value is not None and not isinstance(value, dict):
            raise TypeError('__annotations__ must be set to a dict object')
        self._annotations = value

    @__annotations__.deleter
    def __annotations__(self):
        self._annotations = None

    def __dir__(self):
        return sorted(set(object.__dir__(self)) - _PRIVATE)

    def __repr__(self):
        return f'<function {self.__qualname__} at {id(self):#x}>'

    def __reduce__(self):
        # Pickled by reference, as pickle does for host functions.
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Function.__name__ = 'function'
Function.__qualname__ = 'function'
_PRIVATE = frozenset(name for name in _SLOTS if name.startswith('_')
                     and not name.startswith('__'))
check_qualname(Function)
undeletable_dict(Function)


# ophis.vm.loop.run_frame, which that module puts here when it is loaded
# (it imports this module).
run_frame = None

# Special methods that CPython's C code reaches through a function with a
# depth check of its own (PyObject_Repr, PyObject_Str, rich comparisons,
# isinstance/issubclass hooks, the tp_call of a callable instance): the host
# entry counts two levels for them, one for any other host call of an
# Ophis function (operators, subscripts, attribute hooks, descriptors,
# callbacks such as map's).  CPython also counts a level for each call of a
# builtin function (hash(), sorted()...), which Ophis does not.
_C_CHECKED = frozenset((
    '__repr__', '__str__', '__eq__', '__ne__', '__lt__', '__le__',
    '__gt__', '__ge__', '__instancecheck__', '__subclasscheck__',
    '__call__', '__del__'))
_new_frame = Frame.__new__


def _run_finalizer(func, frame):
    """A __del__ the host calls while finalizing an object: an exception it
    raises is reported as unraisable, naming the function, as CPython's
    slot_tp_finalize does (the host would name a bound method)."""
    try:
        return run_frame(frame)
    except BaseException as error:
        failure = error
    report = late('ophis.runtime.unraisable').report
    report(failure, func)
    return None


def derive(func):
    """Copy what calls need from func's code into func (call_info).  A
    module function, not a method: a function's instance dict may hold
    any name (mock's autospec sets one for each name dir() shows)."""
    (func._argcount, func._simple, func._pad, func._instrs,
     func._nlocalsplus, func._fastcount, func._entry) = call_info(func._code)


def call_info(code):
    """What calls of functions of code need, computed once per code object:
    (argcount, simple, pad, instrs, nlocalsplus, fastcount, entry).
    ``simple`` says that a positional call with exactly argcount arguments
    binds by appending ``pad`` (the unbound rest of the fast locals) to the
    arguments; never for code that is not CO_OPTIMIZED, whose frame needs
    locals (see bind_frame).  ``fastcount`` is argcount for simple code and
    -1 otherwise (one comparison tells a call that binds by appending);
    ``entry`` is the decoded form's one-item list holding the index a call
    starts at (see set_entry)."""
    info = code._vm_call
    if info is not None:
        return info
    form = decoded(code)
    info = form.call_info
    if info is None:
        flags = code.co_flags
        nlocalsplus = len(code.co_localsplusnames)
        simple = bool(flags & CO_OPTIMIZED) and not (
            flags & (CO_VARARGS | CO_VARKEYWORDS) or code.co_kwonlyargcount)
        # form.entry[1]: the code's direct entry (ophis.vm.tier2.direct),
        # which blocks calling the code call; None until one is compiled.
        if len(form.entry) == 1:
            form.entry.append(None)
        info = form.call_info = (
            code.co_argcount, simple,
            [NULL] * (nlocalsplus - code.co_argcount), form.instrs,
            nlocalsplus, code.co_argcount if simple else -1, form.entry)
    code._vm_call = info
    return info


def set_entry(form):
    """Note in form.entry where a call may start a frame of form's code,
    once the form is filled and whenever tracing stops instrumenting it.

    A leading RESUME (a function without cells, not a generator) does
    nothing but check the eval breaker and, when traced, send the 'call'
    event; calls that find the breaker clear (ophis.vm.ops_calls.CALL,
    bind_frame) start after it -- at its superinstruction's second half
    if it was fused -- which saves a dispatch per call.  Tracing sets the
    entry back to 0 while it instruments the form."""
    form.entry[0] = 1 if form.first_op() == _RESUME_START else 0


_RESUME_START = (_RESUME, RESUME_START)


_new = object.__new__
_UNDERIVED_ENTRY = [0, None]
_set_qualname = Function.__dict__['__qualname__'].slot.__set__


def new_function(code, globals, defaults, kwdefaults, annotations, closure):
    """MAKE_FUNCTION: a Function as PyFunction_New makes it, without the
    checks of the Python-level constructor.

    What calls need from the code (call_info) is copied in only if a call
    of the code has already asked for it (a genexpr, a closure made again);
    otherwise the function is left underived (``_simple`` None, ``_fastcount``
    -1, so that every call path goes through bind_frame, which derives it):
    start-up makes thousands of functions that are never called, and
    deriving means making the code's decoded form."""
    func = _new(Function)
    func._code = code
    func._globals = globals
    builtins = globals.get('__builtins__')
    cls = _type(builtins)
    # (__main__'s globals hold the builtins module, others its dict.)
    func._builtins = (builtins if cls is dict
                      else builtins.__dict__ if cls is ModuleType
                      else builtins_from_globals(globals))
    func._name = code.co_name
    # The slot itself: co_qualname is a str, which the checking descriptor
    # (ophis.vm.qualname) would verify in a host-level call.
    _set_qualname(func, code.co_qualname)
    func._module = globals.get('__name__')
    consts = code.co_consts
    doc = consts[0] if consts else None
    func._doc = doc if _type(doc) is str else None
    func._defaults = defaults
    func._kwdefaults = kwdefaults
    func._closure = closure
    func._annotations = annotations
    info = code._vm_call
    if info is None:
        func._simple = None
        func._fastcount = -1
        # (Read by blocks' calls: no direct entry.)
        func._entry = _UNDERIVED_ENTRY
    else:
        (func._argcount, func._simple, func._pad, func._instrs,
         func._nlocalsplus, func._fastcount, func._entry) = info
    return func


def _is_code(value):
    return hasattr(value, 'co_code') and hasattr(value, 'co_localsplusnames')


def builtins_from_globals(globals):
    """The builtins of a function made in globals (CPython's
    _PyEval_BuiltinsFromGlobals): globals['__builtins__'], a module standing
    for its dict; else those of the running frame."""
    builtins = globals.get('__builtins__', NULL)
    if builtins is not NULL:
        if isinstance(builtins, ModuleType):
            return builtins.__dict__
        return builtins
    get_tstate = late('ophis.vm.state').get_tstate
    frame = get_tstate().frame
    if frame is not None:
        return frame.builtins
    import builtins as module
    return module.__dict__


# --- binding ------------------------------------------------------------------

def new_function_frame(func, localsplus):
    """A frame to run func with its fast locals already bound."""
    frame = Frame.__new__(Frame)
    frame.code = func._code
    frame.globals = func._globals
    frame.builtins = func._builtins
    frame.locals = None
    frame.localsplus = localsplus
    frame.stack = []
    frame.pc = 0
    frame.back = None
    frame.instrs = func._instrs
    frame.func = func
    frame.gen = None
    return frame


def bind_frame(func, args, kwnames, kwvalues):
    """A frame for func called with positional args (a list, which is
    consumed) and keyword arguments named by kwnames (a tuple or None) with
    the values kwvalues."""
    if func._simple is None:
        derive(func)         # its first call (see new_function)
    if kwnames is None and func._simple and len(args) == func._argcount:
        args.extend(func._pad)
        localsplus = args
    else:
        localsplus = bind_arguments(func, args, kwnames, kwvalues)
    frame = Frame.__new__(Frame)
    frame.code = func._code
    frame.globals = func._globals
    frame.builtins = func._builtins
    # A function made from module-level code (FunctionType(compile(...)))
    # runs with its globals as locals, as CPython's _PyFunction_Vectorcall.
    frame.locals = (None if func._simple or func._code.co_flags & CO_OPTIMIZED
                    else func._globals)
    frame.localsplus = localsplus
    frame.stack = []
    # Past a leading RESUME when the breaker is clear (set_entry).
    frame.pc = 0 if requested[0] else func._entry[0]
    frame.back = None
    frame.instrs = func._instrs
    frame.func = func
    frame.gen = None
    return frame


def bind_arguments(func, args, kwnames, kwvalues):
    """The fast locals for a call, as CPython's initialize_locals."""
    code = func._code
    qualname = func.__qualname__
    flags = code.co_flags
    co_argcount = code.co_argcount
    posonly = code.co_posonlyargcount
    total_args = co_argcount + code.co_kwonlyargcount
    names = code.co_localsplusnames
    localsplus = [NULL] * len(names)
    argcount = len(args)

    kwdict = None
    if flags & CO_VARKEYWORDS:
        kwdict = {}
        localsplus[total_args + (1 if flags & CO_VARARGS else 0)] = kwdict

    n = co_argcount if argcount > co_argcount else argcount
    localsplus[:n] = args[:n]

    if flags & CO_VARARGS:
        localsplus[total_args] = tuple(args[n:])

    if kwnames:
        for keyword, value in zip(kwnames, kwvalues):
            if not isinstance(keyword, str):
                raise TypeError(f'{qualname}() keywords must be strings')
            for j in range(posonly, total_args):
                if names[j] == keyword:
                    break
            else:
                if kwdict is None:
                    if posonly:
                        _check_positional_only(code, kwnames, qualname)
                    raise TypeError(f'{qualname}() got an unexpected keyword '
                                    f"argument '{keyword}'")
                kwdict[keyword] = value
                continue
            if localsplus[j] is not NULL:
                raise TypeError(f'{qualname}() got multiple values for '
                                f"argument '{keyword}'")
            localsplus[j] = value

    if argcount > co_argcount and not flags & CO_VARARGS:
        _too_many_positional(code, argcount, func._defaults, localsplus,
                             qualname)

    if argcount < co_argcount:
        defaults = func._defaults
        defcount = 0 if defaults is None else len(defaults)
        m = co_argcount - defcount
        missing = 0
        for i in range(argcount, m):
            if localsplus[i] is NULL:
                missing += 1
        if missing:
            _missing_arguments(code, missing, defcount, localsplus, qualname)
        for i in range(n - m if n > m else 0, defcount):
            if localsplus[m + i] is NULL:
                localsplus[m + i] = defaults[i]

    if code.co_kwonlyargcount:
        kwdefaults = func._kwdefaults
        missing = 0
        for i in range(co_argcount, total_args):
            if localsplus[i] is not NULL:
                continue
            if kwdefaults is not None:
                value = kwdefaults.get(names[i], NULL)
                if value is not NULL:
                    localsplus[i] = value
                    continue
            missing += 1
        if missing:
            _missing_arguments(code, missing, -1, localsplus, qualname)
    return localsplus


def _check_positional_only(code, kwnames, qualname):
    names = code.co_localsplusnames
    conflicts = []
    for k in range(code.co_posonlyargcount):
        for keyword in kwnames:
            if keyword == names[k]:
                conflicts.append(keyword)
    if conflicts:
        raise TypeError(f'{qualname}() got some positional-only arguments '
                        f"passed as keyword arguments: '{', '.join(conflicts)}'")


def _too_many_positional(code, given, defaults, localsplus, qualname):
    co_argcount = code.co_argcount
    kwonly_given = 0
    for i in range(co_argcount, co_argcount + code.co_kwonlyargcount):
        if localsplus[i] is not NULL:
            kwonly_given += 1
    defcount = 0 if defaults is None else len(defaults)
    if defcount:
        plural = True
        sig = f'from {co_argcount - defcount} to {co_argcount}'
    else:
        plural = co_argcount != 1
        sig = str(co_argcount)
    if kwonly_given:
        kwonly_sig = (f' positional argument{"s" if given != 1 else ""} '
                      f'(and {kwonly_given} keyword-only argument'
                      f'{"s" if kwonly_given != 1 else ""})')
    else:
        kwonly_sig = ''
    verb = 'was' if given == 1 and not kwonly_given else 'were'
    raise TypeError(f'{qualname}() takes {sig} positional argument'
                    f'{"s" if plural else ""} but {given}{kwonly_sig} '
                    f'{verb} given')


def _missing_arguments(code, missing, defcount, localsplus, qualname):
    positional = defcount != -1
    if positional:
        start, end = 0, code.co_argcount - defcount
        kind = 'positional'
    else:
        start = code.co_argcount
        end = start + code.co_kwonlyargcount
        kind = 'keyword-only'
    names = [repr(code.co_localsplusnames[i]) for i in range(start, end)
             if localsplus[i] is NULL]
    count = len(names)
    if count == 1:
        listed = names[0]
    elif count == 2:
        listed = f'{names[0]} and {names[1]}'
    else:
        listed = ', '.join(names[:-2]) + f', {names[-2]}, and {names[-1]}'
    raise TypeError(f'{qualname}() missing {count} required {kind} '
                    f'argument{"" if count == 1 else "s"}: {listed}')
