"""The program's ``marshal`` module (DESIGN decision 6).

The host's marshal is a builtin module, shared between the host and the
program, and it knows nothing of Ophis's code objects.  The program gets a
module of its own under the same name: its functions take the host's
arguments and give the host's errors, write and read every plain value
(and the host's own code objects) exactly as the host's do, and handle
Ophis code objects in ophis.bytecode.marshal's format -- the body of
Ophis's .pyc files, so that py_compile, compileall, pkgutil.read_code and
zipimport agree with Ophis's loaders.

Host code, not code Ophis runs: the plain-value path is one call to C."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import marshal as _host

from ophis.bytecode import marshal as _ophis

_TYPE_OPHIS = _ophis.TYPE_OPHIS[0]


def _holds_code(value):
    try:
        return _ophis.holds_code(value)
    except RecursionError:
        return False


def dumps(*args, **kwargs):
    try:
        return _host.dumps(*args, **kwargs)
    except ValueError:
        # The arguments were good (the host checks them first); the value
        # could not be written: Ophis's code objects are written here.
        if not _holds_code(args[0]):
            raise
    return _ophis.dumps(*args)


def loads(*args, **kwargs):
    if len(args) == 1 and not kwargs:
        try:
            data = memoryview(args[0])
        except TypeError:
            data = None
        if data is not None and data.nbytes and data.ndim == 1 and \
                data.format in ('B', 'b', 'c') and \
                data[:1].tobytes() == _ophis.TYPE_OPHIS:
            # Compared as bytes: data[0] is an int or a bytes object by the
            # format, and comparing the two warns under -b.
            return _ophis.loads_tree(_host.loads(data[1:]))
    return _host.loads(*args, **kwargs)


def dump(*args, **kwargs):
    try:
        return _host.dump(*args, **kwargs)
    except ValueError:
        if not _holds_code(args[0]):
            raise
    args[1].write(_ophis.dumps(args[0], *args[2:]))
    return None


class _Prefixed:
    """A file whose first bytes were read already (to see the type code):
    the host's marshal.load reads them from here, then from the file."""

    def __init__(self, file, head):
        self._file = file
        self._head = head

    def read(self, size=-1):
        if self._head:
            head = self._head
            if size is not None and size >= 0:
                head, self._head = head[:size], head[size:]
            else:
                self._head = b''
            return head + self._file.read(size - len(head)
                                          if size is not None and size >= 0
                                          else size)
        return self._file.read(size)

    def readinto(self, buffer):
        view = memoryview(buffer).cast('B')
        taken = 0
        if self._head:
            taken = min(len(self._head), len(view))
            view[:taken] = self._head[:taken]
            self._head = self._head[taken:]
        if taken == len(view):
            return taken
        got = self._file.readinto(view[taken:])
        return taken + (got or 0)


def load(*args, **kwargs):
    if len(args) != 1 or kwargs:
        return _host.load(*args, **kwargs)
    file = args[0]
    # What the host's load does first (a file without read(), or whose
    # read() does not give bytes, gets the host's error from it).
    if not isinstance(file.read(0), bytes):
        return _host.load(file)
    head = bytearray(1)
    count = file.readinto(head)
    if count == 1 and head[0] == _TYPE_OPHIS:
        return _ophis.loads_tree(_host.load(file))
    return _host.load(_Prefixed(file, bytes(head[:count or 0])))


_FUNCTIONS = {'dumps': dumps, 'loads': loads, 'dump': dump, 'load': load}


def program_module():
    """A new module object: the program's marshal."""
    module = type(sys)('marshal', _host.__doc__)
    for name in ('__spec__', '__loader__', '__package__'):
        setattr(module, name, getattr(_host, name, None))
    module.version = _host.version
    for name, function in _FUNCTIONS.items():
        function.__module__ = 'marshal'
        function.__doc__ = getattr(_host, name).__doc__
        setattr(module, name, function)
    return module
