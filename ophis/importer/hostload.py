"""Loaders for the modules the host runs once a program runs: Ophis's own
modules and the standard modules they use, loaded into the private
registry (ophis.importer.universe).

The host's importlib (the frozen _bootstrap_external) is shared with the
program, and while a program runs it speaks for the program
(ophis.importer.shared): Ophis's MAGIC_NUMBER, marshal and compiler.  The
host's own modules need CPython's: these loaders cache and read host
bytecode by themselves, under the host's cache tag and magic number, with
the host's marshal and compile(), whatever the shared module holds.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _imp
import _io
import marshal as _marshal

from ophis.runtime import identity

_external = sys.modules['_frozen_importlib_external']
_bootstrap = sys.modules['_frozen_importlib']

HOST_MAGIC_NUMBER = _external.MAGIC_NUMBER
_CodeType = type((lambda: None).__code__)


def _u32(value):
    return (value & 0xFFFFFFFF).to_bytes(4, 'little')


def host_cache_path(source_path):
    """Where the host caches the bytecode of source_path (its own cache tag
    and optimization level; sys.pycache_prefix as importlib honours it)."""
    head, _, tail = source_path.rpartition('/')
    base = tail.rpartition('.')[0] or tail
    optimize = identity.HOST_OPTIMIZE
    name = f'{base}.{identity.HOST_CACHE_TAG}' + \
        (f'.opt-{optimize}' if optimize else '') + '.pyc'
    prefix = sys.pycache_prefix
    if prefix is not None:
        if not head.startswith('/'):
            head = _external._path_join(_external._os.getcwd(), head)
        return _external._path_join(prefix, head.lstrip('/'), name)
    return _external._path_join(head, '__pycache__', name)


def _host_code(data, source_stat=None):
    """The host code object in a cache file's bytes, or None."""
    if len(data) < 16 or data[:4] != HOST_MAGIC_NUMBER:
        return None
    flags = int.from_bytes(data[4:8], 'little')
    if source_stat is not None:
        if flags != 0:
            return None
        mtime, size = source_stat
        if data[8:12] != _u32(int(mtime)) or data[12:16] != _u32(size):
            return None
    try:
        code = _marshal.loads(memoryview(data)[16:])
    except (ValueError, EOFError, TypeError):
        return None
    return code if type(code) is _CodeType else None


def _get_data(loader, path):
    # Read from a frame of Ophis's: io.open_code imports _io through the
    # builtins of the innermost Python frame, and those of the host's
    # importlib are the program's (a program's __import__ would see Ophis
    # load its modules).
    with _io.open_code(str(path)) as file:
        return file.read()


def _exec_module(loader, module):
    # exec as this module has it (safebuiltins: the host's own): importlib's
    # exec_module looks exec up in the builtins module, where a program may
    # have put its own.
    code = loader.get_code(module.__name__)
    if code is None:
        raise ImportError(f'cannot load module {module.__name__!r} when '
                          'get_code() returns None')
    exec(code, module.__dict__)


class HostSourceFileLoader(_external.SourceFileLoader):
    """A .py file, compiled and run by the host."""

    get_data = _get_data
    exec_module = _exec_module

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        cache_path = host_cache_path(source_path)
        try:
            stats = self.path_stats(source_path)
            source_stat = (stats['mtime'], stats['size'])
        except OSError:
            source_stat = None
        if source_stat is not None:
            try:
                data = self.get_data(cache_path)
            except OSError:
                data = None
            if data is not None:
                code = _host_code(data, source_stat)
                if code is not None:
                    _imp._fix_co_filename(code, source_path)
                    return code
        source = self.get_data(source_path)
        code = compile(source, source_path, 'exec', dont_inherit=True)
        if source_stat is not None and not sys.dont_write_bytecode:
            data = HOST_MAGIC_NUMBER + _u32(0) + \
                _u32(int(source_stat[0])) + _u32(source_stat[1]) + \
                _marshal.dumps(code)
            try:
                self._cache_bytecode(source_path, cache_path, data)
            except NotImplementedError:
                pass
        return code


class HostSourcelessFileLoader(_external.SourcelessFileLoader):
    """A host .pyc file without its source."""

    get_data = _get_data
    exec_module = _exec_module

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        code = _host_code(self.get_data(path))
        if code is None:
            raise ImportError(f'bad host bytecode in {fullname!r}',
                              name=fullname, path=path)
        return code


LOADERS = (
    (_external.ExtensionFileLoader, _imp.extension_suffixes()),
    (HostSourceFileLoader, _external.SOURCE_SUFFIXES),
    (HostSourcelessFileLoader, _external.BYTECODE_SUFFIXES),
)
