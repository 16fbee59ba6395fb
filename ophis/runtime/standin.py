"""Builtin-function stand-ins for the host functions install() replaces.

A replacement (sysmod.exc_info, scope.vars_...) is a host Python function.
Put into sys or builtins as it is, it would behave as a Python function
where CPython's is a builtin: a class holding it (``class A: f =
sys.exc_info``) would bind it as a method, so ``A().f()`` would pass the
instance; its repr, type, signature, pickling and ``__self__`` would be a
function's.  builtin() wraps it in an object that behaves as the builtin
it replaces.

The wrapper is a staticmethod subclass because staticmethod's call is a
C-level call of the wrapped function: no host frame comes between the
caller and the replacement, which finds its caller with
``sys._getframe(1)`` (a Python ``__call__`` would be that frame).  Its
``__get__`` returns the wrapper itself, as attribute access on a class
or instance gives the builtin itself in CPython (builtins have no
``__get__``; a descriptor test such as inspect.ismethoddescriptor still
sees one, which is what makes inspect treat it as a builtin routine).
"""

from types import BuiltinFunctionType

# The attributes a builtin function shows that come from the original.
_COPIED = ('__name__', '__qualname__', '__module__', '__doc__',
           '__text_signature__', '__self__')


class builtin_function_or_method(staticmethod):
    """A replacement standing where a builtin function was."""

    def __get__(self, instance, owner=None):
        return self

    @property
    def __class__(self):
        # isinstance() asks __class__ when type() says no: code testing
        # for a builtin (inspect.isbuiltin, isinstance(f,
        # types.BuiltinFunctionType)) finds one, as in CPython.
        return BuiltinFunctionType

    @property
    def __wrapped__(self):
        # staticmethod names its function __wrapped__, which
        # inspect.signature would follow to the replacement's Python
        # signature instead of the builtin's text one.
        raise AttributeError('__wrapped__')

    def __repr__(self):
        return '<built-in function %s>' % self.__name__

    def __reduce__(self):
        # A builtin pickles (and copies) by reference: pickle finds it
        # again as getattr(its __module__, this name).
        return self.__qualname__


builtin_function_or_method.__module__ = 'builtins'


def builtin(function, original):
    """function standing for the host builtin original, when original is
    a builtin function; function itself otherwise (a Python function such
    as warnings._showwarnmsg stays one)."""
    if type(original) is not BuiltinFunctionType:
        return function
    standin = builtin_function_or_method(function)
    attributes = standin.__dict__
    # staticmethod copied the replacement's own name, doc, module and
    # annotations.
    attributes.pop('__annotations__', None)
    for name in _COPIED:
        attributes[name] = getattr(original, name)
    return standin
