"""A checked ``__qualname__`` attribute for Ophis functions and generators,
and a ``__dict__`` that cannot be deleted for functions.

A class cannot define a property named __qualname__ (type() takes that
name out of the class namespace), so these classes declare a slot of that
name and this module then puts a checking descriptor in its place: it
raises TypeError, as CPython does, when the value set is not a string or
the attribute is deleted.  The class's __dict__ is a read-only view; its
underlying dict is reached through gc.get_referents, and the type's
attribute cache is reset by setting and removing an attribute.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import gc


class _CheckedQualname:
    __slots__ = ('slot',)

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.slot.__get__(instance, owner)

    def __set__(self, instance, value):
        if not isinstance(value, str):
            raise TypeError('__qualname__ must be set to a string object')
        self.slot.__set__(instance, value)

    def __delete__(self, instance):
        raise TypeError('__qualname__ must be set to a string object')


def check_qualname(cls):
    """Replace cls's __qualname__ slot by a checking descriptor."""
    namespace = cls.__dict__
    slot = namespace['__qualname__']
    real, = gc.get_referents(namespace)
    real['__qualname__'] = _CheckedQualname(slot)
    # Changing the class resets the type's attribute cache.
    cls._ophis_qualname = None
    del cls._ophis_qualname


class _UndeletableDict:
    """A __dict__ that cannot be deleted (functions' __dict__)."""
    __slots__ = ('slot',)

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.slot.__get__(instance, owner)

    def __set__(self, instance, value):
        self.slot.__set__(instance, value)

    def __delete__(self, instance):
        raise TypeError('cannot delete __dict__')


def undeletable_dict(cls):
    """Make cls's instances' __dict__ impossible to delete, as a host
    function's is."""
    namespace = cls.__dict__
    real, = gc.get_referents(namespace)
    real['__dict__'] = _UndeletableDict(namespace['__dict__'])
    cls._ophis_dict = None
    del cls._ophis_dict
