"""``sys.flags`` for the program: a struct sequence with CPython's fields,
repr and behaviour, holding the values of the Ophis command line.

The host's own sys.flags type describes the host process (started by the
``ophis`` launcher with options of its own) and cannot be instantiated, so
Ophis builds an equivalent: a tuple subclass named ``sys.flags`` whose
fields are read-only attributes, and which refuses to be created (copy and
pickle fail as CPython's do)."""

import sys

from ophis.runtime.config import Config

FIELDS = Config.FLAG_FIELDS


# A read-only attribute naming one item of the tuple, described as a
# struct sequence's member descriptor is (pydoc shows its __name__ and
# __doc__, which is why the class has no docstring: __doc__ is a slot).
class _Field:

    __slots__ = ('index', '__name__', '__qualname__', '__doc__',
                 '__objclass__')

    def __init__(self, index, name, doc, owner):
        self.index = index
        self.__name__ = name
        self.__qualname__ = f'{owner.__name__}.{name}'
        self.__doc__ = doc
        self.__objclass__ = owner

    def __repr__(self):
        return f"<member {self.__name__!r} of 'sys.flags' objects>"

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self.index)

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        raise AttributeError('readonly attribute')


class flags(tuple):
    """Flags given by the command line and the environment."""

    __slots__ = ()
    n_sequence_fields = len(FIELDS)
    n_fields = len(FIELDS)
    n_unnamed_fields = 0
    __match_args__ = FIELDS

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sys.flags' instances")

    def __repr__(self):
        items = ', '.join(f'{name}={value!r}'
                          for name, value in zip(FIELDS, self))
        return f'sys.flags({items})'

    def __reduce__(self):
        return type(self), (tuple(self), {})

    def __setattr__(self, name, value):
        if name in FIELDS:
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'sys.flags' object has no attribute {name!r}")

    def __delattr__(self, name):
        self.__setattr__(name, None)


# Each field's doc is the host's (the option that sets it: '-d'), read
# from the host's struct sequence, which sys.flags still is here.
_HOST_FLAGS = type(sys.flags)
for _index, _name in enumerate(FIELDS):
    setattr(flags, _name, _Field(
        _index, _name, getattr(getattr(_HOST_FLAGS, _name, None), '__doc__',
                               None), flags))
del _index, _name, _HOST_FLAGS
flags.__module__ = 'sys'


def make_flags(config):
    """The sys.flags value for config."""
    return tuple.__new__(flags, config.flag_values())
