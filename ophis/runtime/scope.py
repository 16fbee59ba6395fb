"""globals, locals, vars, dir, exec, eval and compile, as Ophis code sees
them (see ophis.runtime for how host callers are told apart)."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from _operator import index as _index

from ophis.runtime.caller import ophis_frame
from ophis.runtime import compiling
from ophis.vm.frame import NULL, CO_OPTIMIZED, fast_to_locals
from ophis.vm.hostrefs import (late, host_globals, host_locals, host_vars, host_dir,
                               host_exec, host_eval, host_compile,
                               host_getframe, CodeType)

_type = type


def _frame_locals(frame):
    if frame.locals is not None and not frame.code.co_flags & CO_OPTIMIZED:
        return frame.locals
    return fast_to_locals(frame)


def globals_():
    """Return the dictionary containing the current scope's global variables.

NOTE: Updates to this dictionary *will* affect name lookups in the current
global scope and vice-versa."""
    frame = ophis_frame()
    if frame is None:
        return host_getframe(1).f_globals
    return frame.globals


def locals_():
    """Return a dictionary containing the current scope's local variables.

NOTE: Whether or not updates to this dictionary will affect name lookups in
the local scope and vice-versa is *implementation dependent* and not
covered by any backwards compatibility guarantees."""
    frame = ophis_frame()
    if frame is None:
        return host_getframe(1).f_locals
    return _frame_locals(frame)


def vars_(*args):
    """Show vars.

Without arguments, equivalent to locals().
With an argument, equivalent to object.__dict__."""
    if args:
        return host_vars(*args)
    frame = ophis_frame()
    if frame is None:
        return host_getframe(1).f_locals
    return _frame_locals(frame)


def dir_(*args):
    """Show attributes of an object.

If called without an argument, return the names in the current scope.
Else, return an alphabetized list of names comprising (some of) the attributes
of the given object, and of attributes reachable from it.
If the object supplies a method named __dir__, it will be used; otherwise
the default dir() logic is used and returns:
  for a module object: the module's attributes.
  for a class object:  its attributes, and recursively the attributes
    of its bases.
  for any other object: its attributes, its class's attributes, and
    recursively the attributes of its class's base classes."""
    if args:
        return host_dir(*args)
    frame = ophis_frame()
    if frame is None:
        mapping = host_getframe(1).f_locals
    else:
        mapping = _frame_locals(frame)
    names = list(mapping.keys())
    names.sort()
    return names


def _is_code(value):
    return hasattr(value, 'co_localsplusnames')


def _has_getitem(value):
    for klass in _type(value).__mro__:
        if '__getitem__' in klass.__dict__:
            return True
    return False


def _inherited_flags(frame):
    return frame.code.co_flags & compiling.PyCF_MASK


def _source_text(source, what):
    if isinstance(source, str):
        return source
    if isinstance(source, (bytes, bytearray)):
        return bytes(source)
    if isinstance(source, memoryview):
        return source.tobytes()
    raise TypeError(f'{what}() arg 1 must be a string, bytes or code object')


def _check_null_bytes(source):
    if (b'\0' if isinstance(source, bytes) else '\0') in source:
        raise SyntaxError('source code string cannot contain null bytes')


def _give_builtins(globals, frame):
    """The builtins the host's exec/eval would put in globals: the
    caller's.  (Called here, the host's would take this module's, which
    are Ophis's own: ophis.importer.own.)"""
    if _type(globals) is dict and '__builtins__' not in globals:
        globals['__builtins__'] = (host_getframe(2).f_builtins
                                   if frame is None else frame.builtins)


def exec_(source, globals=None, locals=None, /, *, closure=None):
    """Execute the given source in the context of globals and locals.

The source may be a string representing one or more Python statements
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it.
The closure must be a tuple of cellvars, and can only be used
when source is a code object requiring exactly that many cellvars."""
    frame = ophis_frame()
    if frame is None and _is_code(source):
        # Host code running an Ophis code object: Ophis runs it, in the
        # host caller's namespaces unless given.
        if globals is None:
            caller = host_getframe(1)
            globals = caller.f_globals
            if locals is None:
                locals = caller.f_locals
        elif locals is None:
            locals = globals
        if '__builtins__' not in globals:
            globals['__builtins__'] = host_getframe(1).f_builtins
        late('ophis.vm.loop').run_code(source, globals, locals,
                                       closure or None)
        return None
    if frame is None or _type(source) is CodeType:
        if frame is not None and globals is None:
            globals = frame.globals
            if locals is None:
                locals = _frame_locals(frame)
        elif globals is None:
            caller = host_getframe(1)
            globals = caller.f_globals
            if locals is None:
                locals = caller.f_locals
        _give_builtins(globals, frame)
        return host_exec(source, globals, locals, closure=closure)
    if globals is None:
        globals = frame.globals
        if locals is None:
            locals = _frame_locals(frame)
    elif locals is None:
        locals = globals
    if not isinstance(globals, dict):
        raise TypeError('exec() globals must be a dict, not '
                        f'{_type(globals).__name__:.100}')
    if not _has_getitem(locals):
        raise TypeError('locals must be a mapping or None, not '
                        f'{_type(locals).__name__:.100}')
    if '__builtins__' not in globals:
        globals['__builtins__'] = frame.builtins
    if closure is None:
        closure = ()
    if _is_code(source):
        nfree = len(source.co_freevars)
        if nfree == 0:
            if closure:
                raise TypeError('cannot use a closure with this code object')
        elif not (_type(closure) is tuple and len(closure) == nfree and all(
                _type(cell).__name__ == 'cell' for cell in closure)):
            raise TypeError('code object requires a closure of exactly length '
                            f'{nfree}')
        code = source
    else:
        if closure:
            raise TypeError('closure can only be used when source is a code '
                            'object')
        text = _source_text(source, 'exec')
        _check_null_bytes(text)
        code = compiling.compile_source(text, '<string>', 'exec',
                                        _inherited_flags(frame))
    run_code = late('ophis.vm.loop').run_code
    run_code(code, globals, locals, closure)
    return None


def eval_(source, globals=None, locals=None, /):
    """Evaluate the given source in the context of globals and locals.

The source may be a string representing a Python expression
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it."""
    frame = ophis_frame()
    if frame is None and _is_code(source):
        if globals is None:
            caller = host_getframe(1)
            globals = caller.f_globals
            if locals is None:
                locals = caller.f_locals
        elif locals is None:
            locals = globals
        if '__builtins__' not in globals:
            globals['__builtins__'] = host_getframe(1).f_builtins
        return late('ophis.vm.loop').run_code(source, globals, locals)
    if frame is None or _type(source) is CodeType:
        if frame is not None and globals is None:
            globals = frame.globals
            if locals is None:
                locals = _frame_locals(frame)
        elif globals is None:
            caller = host_getframe(1)
            globals = caller.f_globals
            if locals is None:
                locals = caller.f_locals
        _give_builtins(globals, frame)
        return host_eval(source, globals, locals)
    if locals is not None and not _has_getitem(locals):
        raise TypeError('locals must be a mapping')
    if globals is not None and not isinstance(globals, dict):
        raise TypeError('globals must be a real dict; try eval(expr, {}, '
                        'mapping)' if _has_getitem(globals)
                        else 'globals must be a dict')
    if globals is None:
        globals = frame.globals
        if locals is None:
            locals = _frame_locals(frame)
    elif locals is None:
        locals = globals
    if '__builtins__' not in globals:
        globals['__builtins__'] = frame.builtins
    if _is_code(source):
        if source.co_freevars:
            raise TypeError('code object passed to eval() may not contain '
                            'free variables')
        code = source
    else:
        text = _source_text(source, 'eval')
        _check_null_bytes(text)
        if isinstance(text, str):
            text = text.lstrip(' \t')
        else:
            text = text.lstrip(b' \t')
        code = compiling.compile_source(text, '<string>', 'eval',
                                        _inherited_flags(frame))
    run_code = late('ophis.vm.loop').run_code
    return run_code(code, globals, locals)


def _c_int(value):
    """value as the C int an argument of compile() is converted to: any
    object with __index__, in the range of a C int."""
    value = _index(value)
    if not -2**31 <= value < 2**31:
        raise OverflowError('Python int too large to convert to C int')
    return value


def _buffer_filename(filename):
    """A filename given as a buffer other than bytes (bytearray,
    memoryview): still taken, as bytes, with the DeprecationWarning of
    CPython's filesystem-path decoder, which looks for a buffer before it
    asks for __fspath__."""
    if isinstance(filename, (str, bytes)):
        return filename
    try:
        view = memoryview(filename)
    except TypeError:
        return filename
    late('ophis.runtime.warn').warn(
        'path should be string, bytes, or os.PathLike, not '
        f'{type(filename).__name__}', DeprecationWarning)
    return view.tobytes()


def compile_(source, filename, mode, flags=0, dont_inherit=False,
             optimize=-1, *, _feature_version=-1):
    """Compile source into a code object that can be executed by exec() or eval().

The source code may represent a Python module, statement or expression.
The filename will be used for run-time error messages.
The mode must be 'exec' to compile a module, 'single' to compile a
single (interactive) statement, or 'eval' to compile an expression.
The flags argument, if present, controls which future statements influence
the compilation of the code.
The dont_inherit argument, if true, stops the compilation inheriting
the effects of any future statements in effect in the code calling
compile; if absent or false these statements do influence the compilation,
in addition to any features explicitly specified."""
    frame = ophis_frame()
    if frame is None:
        return host_compile(source, filename, mode, flags, dont_inherit,
                            optimize, _feature_version=_feature_version)
    filename = _buffer_filename(filename)
    flags = _c_int(flags)
    dont_inherit = _c_int(dont_inherit)
    optimize = _c_int(optimize)
    if not dont_inherit:
        flags |= _inherited_flags(frame)
    return compiling.compile_source(source, filename, mode, flags, True,
                                    optimize, _c_int(_feature_version))


# Named as the builtins they stand for: a program reads dir.__name__ or
# __module__, pickles `dir`, and a call error names the callable
# ("dir() argument after * must be an iterable").
for _function, _name in ((globals_, 'globals'), (locals_, 'locals'),
                         (vars_, 'vars'), (dir_, 'dir'), (exec_, 'exec'),
                         (eval_, 'eval'), (compile_, 'compile')):
    _function.__name__ = _function.__qualname__ = _name
    _function.__module__ = 'builtins'
del _function, _name
