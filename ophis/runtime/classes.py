"""__build_class__ for class statements in Ophis code.

The host's __build_class__ runs the class body as a host function, so Ophis
brings its own (LOAD_BUILD_CLASS substitutes it for the host's).  It follows
CPython's builtin___build_class__: __mro_entries__, the metaclass
calculation, __prepare__, the body run with the namespace as its locals, the
metaclass call, and the __class__ cell check.  Before the metaclass sees the
namespace, an Ophis function named __new__ is wrapped in staticmethod and
__init_subclass__/__class_getitem__ in classmethod: type.__new__ does that
only for host functions.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.frame import NULL, CellType
from ophis.vm.function import Function, derive, new_function_frame
from ophis.vm.hostrefs import late, host_build_class

_type = type


def build_class(func, name, /, *bases, **kwds):
    if _type(func) is not Function:
        return host_build_class(func, name, *bases, **kwds)
    if not isinstance(name, str):
        raise TypeError('__build_class__: name is not a string')
    orig_bases = bases
    bases = update_bases(bases)
    meta = kwds.pop('metaclass', NULL)
    if meta is NULL:
        meta = type if not bases else _type(bases[0])
        isclass = True
    else:
        isclass = isinstance(meta, type)
    if isclass:
        meta = calculate_metaclass(meta, bases)
    try:
        prepare = meta.__prepare__
    except AttributeError:
        prepare = NULL
    if prepare is NULL:
        namespace = {}
    else:
        namespace = prepare(name, bases, **kwds)
    if not _defines(_type(namespace), '__getitem__'):
        shown = _tp_name(meta) if isclass else '<metaclass>'
        raise TypeError(f'{shown:.200}.__prepare__() must return a mapping, '
                        f'not {_tp_name(_type(namespace)):.200}')
    cell = run_class_body(func, namespace)
    if bases is not orig_bases:
        namespace['__orig_bases__'] = orig_bases
    _wrap_implicit(namespace)
    cls = meta(name, bases, namespace, **kwds)
    if isinstance(cls, type) and _type(cell) is CellType:
        try:
            cell_cls = cell.cell_contents
        except ValueError:
            cell_cls = NULL
        if cell_cls is not cls:
            if cell_cls is NULL:
                raise RuntimeError(
                    f'__class__ not set defining {name!r:.200} as '
                    f'{cls!r:.200}. Was __classcell__ propagated to '
                    'type.__new__?')
            raise TypeError(f'__class__ set to {cell_cls!r:.200} defining '
                            f'{name!r:.200} as {cls!r:.200}')
    return cls


# Shown as the builtin it stands for (profile events, tracebacks).
build_class.__name__ = build_class.__qualname__ = '__build_class__'
build_class.__module__ = 'builtins'


def _register_standin():
    BUILTIN_STANDINS = late('ophis.vm.tracing').BUILTIN_STANDINS
    BUILTIN_STANDINS.add(build_class)


_register_standin()


def run_class_body(func, namespace):
    run_frame = late('ophis.vm.loop').run_frame
    if func._simple is None:
        derive(func)        # not derived when made (function.new_function)
    frame = new_function_frame(func, [NULL] * func._nlocalsplus)
    frame.locals = namespace
    return run_frame(frame)


def update_bases(bases):
    new_bases = None
    for i, base in enumerate(bases):
        if isinstance(base, type):
            if new_bases is not None:
                new_bases.append(base)
            continue
        try:
            meth = base.__mro_entries__
        except AttributeError:
            meth = NULL
        if meth is NULL:
            if new_bases is not None:
                new_bases.append(base)
            continue
        new_base = meth(bases)
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        if new_bases is None:
            new_bases = list(bases[:i])
        new_bases.extend(new_base)
    if new_bases is None:
        return bases
    return tuple(new_bases)


def calculate_metaclass(meta, bases):
    winner = meta
    for base in bases:
        base_type = _type(base)
        if base_type in winner.__mro__:
            continue
        if winner in base_type.__mro__:
            winner = base_type
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses '
                        'of all its bases')
    return winner


_IMPLICIT = (('__new__', staticmethod),
             ('__init_subclass__', classmethod),
             ('__class_getitem__', classmethod))


def _wrap_implicit(namespace):
    if _type(namespace) is dict:
        # A plain dict: get() is its __getitem__, without raising KeyError
        # for each name a class does not define.
        for name, wrapper in _IMPLICIT:
            value = namespace.get(name)
            if _type(value) is Function:
                namespace[name] = wrapper(value)
        return
    for name, wrapper in _IMPLICIT:
        try:
            value = namespace[name]
        except KeyError:
            continue
        if _type(value) is Function:
            namespace[name] = wrapper(value)


def _defines(tp, name):
    for klass in tp.__mro__:
        if name in klass.__dict__:
            return True
    return False


def _tp_name(cls):
    tp_name = late('ophis.vm.ops_match').tp_name
    return tp_name(cls)
