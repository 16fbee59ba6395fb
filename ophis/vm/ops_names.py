"""Handlers: names in the locals mapping, globals and builtins; attributes;
imports; class and annotation set-up."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys

from ophis.vm.frame import NULL
from ophis.vm.hostrefs import late, host_build_class
from ophis.vm.function import Function as _Function

_type = type

NAME_ERROR_MSG = "name '%.200s' is not defined"

_dict_get = dict.get
_dict_setitem = dict.__setitem__
_dict_delitem = dict.__delitem__


def name_error(name):
    exc = NameError(NAME_ERROR_MSG % name)
    exc.name = name
    return exc


# --- the locals mapping ---------------------------------------------------

def STORE_NAME(f, stack, arg):
    mapping = f.locals
    if mapping is None:
        raise SystemError(f'no locals found when storing {arg!r}')
    mapping[arg] = stack.pop()


def DELETE_NAME(f, stack, arg):
    mapping = f.locals
    if mapping is None:
        raise SystemError(f'no locals when deleting {arg!r}')
    try:
        del mapping[arg]
        return
    except Exception:
        pass
    raise name_error(arg)


def LOAD_NAME(f, stack, arg):
    mapping = f.locals
    if mapping is None:
        raise SystemError(f'no locals when loading {arg!r}')
    if _type(mapping) is dict:
        value = mapping.get(arg, NULL)
    else:
        value = _getitem_or_null(mapping, arg)
    if value is NULL:
        value = _dict_get(f.globals, arg, NULL)
        if value is NULL:
            builtins = f.builtins
            if _type(builtins) is dict:
                value = builtins.get(arg, NULL)
            else:
                value = _getitem_or_null(builtins, arg)
            if value is NULL:
                raise name_error(arg)
    stack.append(value)


def _getitem_or_null(mapping, key):
    try:
        return mapping[key]
    except KeyError:
        return NULL


# --- globals and builtins -------------------------------------------------

def decode_LOAD_GLOBAL(code, oparg):
    name = code.co_names[oparg >> 1]
    if oparg & 1:
        return LOAD_GLOBAL_NULL, name
    return LOAD_GLOBAL, name


def _load_global(f, name):
    globals_ = f.globals
    builtins = f.builtins
    if _type(globals_) is dict and _type(builtins) is dict:
        value = globals_.get(name, NULL)
        if value is NULL:
            value = builtins.get(name, NULL)
            if value is NULL:
                raise name_error(name)
        return value
    value = _getitem_or_null(globals_, name)
    if value is NULL:
        value = _getitem_or_null(builtins, name)
        if value is NULL:
            raise name_error(name)
    return value


def LOAD_GLOBAL(f, stack, arg):
    globals_ = f.globals
    value = globals_.get(arg, NULL)
    if value is NULL:
        builtins = f.builtins
        if _type(builtins) is dict and _type(globals_) is dict:
            # A builtin (what _load_global does first, without the call).
            value = builtins.get(arg, NULL)
        if value is NULL:
            value = _load_global(f, arg)
    stack.append(value)


def LOAD_GLOBAL_NULL(f, stack, arg):
    """LOAD_GLOBAL with the low bit set: push NULL after the value."""
    globals_ = f.globals
    value = globals_.get(arg, NULL)
    if value is NULL:
        builtins = f.builtins
        if _type(builtins) is dict and _type(globals_) is dict:
            value = builtins.get(arg, NULL)
        if value is NULL:
            value = _load_global(f, arg)
    stack.append(value)
    stack.append(NULL)


def STORE_GLOBAL(f, stack, arg):
    _dict_setitem(f.globals, arg, stack.pop())


def DELETE_GLOBAL(f, stack, arg):
    try:
        _dict_delitem(f.globals, arg)
        return
    except KeyError:
        pass
    raise name_error(arg)


# --- attributes -------------------------------------------------------------

def LOAD_ATTR(f, stack, arg):
    stack[-1] = getattr(stack[-1], arg)


def STORE_ATTR(f, stack, arg):
    owner = stack.pop()
    setattr(owner, arg, stack.pop())


def DELETE_ATTR(f, stack, arg):
    delattr(stack.pop(), arg)


# --- exception groups' split() and subgroup() --------------------------------
#
# Their C code takes a predicate only if it is a host function
# (PyFunction_Check); an Ophis function is passed through a host one.

_EG_METHODS = ('split', 'subgroup')


def decode_LOAD_ATTR(code, oparg):
    name = code.co_names[oparg]
    if name in _EG_METHODS:
        return _load_attr_eg, name
    return LOAD_ATTR, name


def decode_LOAD_METHOD(code, oparg):
    name = code.co_names[oparg]
    if name in _EG_METHODS:
        return _load_method_eg, name
    return LOAD_METHOD, name


def _eg_method(owner, name):
    method = getattr(owner, name)
    if not isinstance(owner, BaseExceptionGroup):
        return method

    def call(condition, *args, **kwargs):
        if _type(condition) is _Function:
            predicate = condition
            condition = lambda exc: predicate(exc)
        return method(condition, *args, **kwargs)
    call.__name__ = call.__qualname__ = name
    return call


def _load_attr_eg(f, stack, arg):
    stack[-1] = _eg_method(stack[-1], arg)


def _load_method_eg(f, stack, arg):
    stack[-1] = _eg_method(stack[-1], arg)
    stack.append(NULL)


def LOAD_METHOD(f, stack, arg):
    # The call (ophis.vm.ops_calls) takes a bound method of an Ophis
    # function apart again, so pushing the attribute and NULL is enough.
    stack[-1] = getattr(stack[-1], arg)
    stack.append(NULL)


# --- imports ----------------------------------------------------------------

def IMPORT_NAME(f, stack, arg):
    fromlist = stack.pop()
    level = stack[-1]
    import_func = _dict_get(f.builtins, '__import__', NULL) \
        if isinstance(f.builtins, dict) else _getitem_or_null(
            f.builtins, '__import__')
    if import_func is NULL:
        raise ImportError('__import__ not found')
    mapping = f.locals
    stack[-1] = import_func(arg, f.globals,
                            None if mapping is None else mapping,
                            fromlist, level)


def IMPORT_FROM(f, stack, arg):
    stack.append(import_from(stack[-1], arg))


def import_from(module, name):
    try:
        return getattr(module, name)
    except AttributeError:
        pass
    # A circular relative import may have the submodule in sys.modules
    # before the attribute is set on the package.
    pkgname = getattr(module, '__name__', NULL)
    if pkgname is not NULL and isinstance(pkgname, str):
        found = sys.modules.get(f'{pkgname}.{name}', NULL)
        if found is not NULL:
            return found
    else:
        pkgname = NULL
    pkgpath = NULL
    if isinstance(module, type(sys)):
        pkgpath = module.__dict__.get('__file__', NULL)
    shown = '<unknown module name>' if pkgname is NULL else pkgname
    if pkgpath is NULL or not isinstance(pkgpath, str):
        exc = ImportError(f'cannot import name {name!r} from {shown!r} '
                          f'(unknown location)',
                          name=None if pkgname is NULL else pkgname)
    else:
        spec = getattr(module, '__spec__', None)
        if getattr(spec, '_initializing', False):
            message = (f'cannot import name {name!r} from partially '
                       f'initialized module {shown!r} (most likely due to a '
                       f'circular import) ({pkgpath})')
        else:
            message = f'cannot import name {name!r} from {shown!r} ({pkgpath})'
        exc = ImportError(message,
                          name=None if pkgname is NULL else pkgname,
                          path=pkgpath)
    raise exc


def IMPORT_STAR(f, stack, arg):
    module = stack.pop()
    mapping = f.locals
    if mapping is None:
        raise SystemError("no locals found during 'import *'")
    # Only a module body may import * (a SyntaxError elsewhere), so there
    # are no fast locals to synchronise.
    import_all_from(mapping, module)


def import_all_from(mapping, module):
    names = getattr(module, '__all__', NULL)
    skip_private = False
    if names is NULL:
        namespace = getattr(module, '__dict__', NULL)
        if namespace is NULL:
            raise ImportError(
                'from-import-* object has no __dict__ and no __all__')
        names = list(namespace.keys())
        skip_private = True
    index = 0
    while True:
        try:
            name = names[index]
        except IndexError:
            break
        index += 1
        if not isinstance(name, str):
            modname = module.__name__
            if not isinstance(modname, str):
                raise TypeError('module __name__ must be a string, not '
                                f'{type(modname).__name__:.100}')
            raise TypeError(
                f'{"Key" if skip_private else "Item"} in {modname}.'
                f'{"__dict__" if skip_private else "__all__"} must be str, '
                f'not {type(name).__name__:.100}')
        if skip_private and name.startswith('_'):
            continue
        mapping[name] = getattr(module, name)


# --- classes, annotations, the interactive prompt --------------------------

def LOAD_BUILD_CLASS(f, stack, arg):
    builtins = f.builtins
    if _type(builtins) is dict:
        bc = builtins.get('__build_class__', NULL)
        if bc is NULL:
            raise NameError('__build_class__ not found')
    else:
        try:
            bc = builtins['__build_class__']
        except KeyError:
            bc = NULL
        if bc is NULL:
            raise NameError('__build_class__ not found')
    if bc is host_build_class:
        # The host's needs a host function for the class body.
        bc = late('ophis.runtime.classes').build_class
    stack.append(bc)


def SETUP_ANNOTATIONS(f, stack, arg):
    mapping = f.locals
    if mapping is None:
        raise SystemError('no locals found when setting up annotations')
    if _type(mapping) is dict:
        if '__annotations__' not in mapping:
            mapping['__annotations__'] = {}
        return
    try:
        mapping['__annotations__']
        return
    except KeyError:
        pass
    mapping['__annotations__'] = {}


def PRINT_EXPR(f, stack, arg):
    value = stack.pop()
    hook = getattr(sys, 'displayhook', NULL)
    if hook is NULL:
        raise RuntimeError('lost sys.displayhook')
    hook(value)
