"""The ``__module__`` of a class that stands for one of CPython's builtin
types (code, frame, generator...).

CPython's builtin types compute ``__module__`` from their C name, so the
type answers ``'builtins'`` while its instances have no such attribute
(``inspect.getmodule(code)`` then finds no module).  A Python class keeps
``__module__`` in its dict, where instances find it too.  BUILTINS is a
str equal to ``'builtins'`` (what the type's ``__module__`` returns, as
the type reads its dict entry as it is) and a descriptor that instances
cannot read through."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)


class BuiltinModuleName(str):
    __slots__ = ()

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        raise AttributeError(f"'{type(instance).__name__}' object has no "
                             "attribute '__module__'")


BUILTINS = BuiltinModuleName('builtins')
