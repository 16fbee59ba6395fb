"""Code objects for the loaders: from the .pyc cache when it is valid,
else compiled by ophis.compile and written back (ophis.bytecode.pyc holds
the format; this module decides file names and code filenames).

CPython's cache stores the filename a module was compiled under; a loader
that finds the module elsewhere (a moved tree, a frozen module's source)
fixes co_filename up after loading (_imp._fix_co_filename).  Ophis does the
same, so one cache file serves every path its source is reached by."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _imp

from ophis.bytecode import pyc

try:
    import posix as _os
except ImportError:                      # Windows
    import nt as _os

# The optimization level modules are compiled at (-O, -OO); the command
# sets it from its options (sys.flags is the host's and cannot say).
# check_hash_pycs_mode is --check-hash-based-pycs ('default', 'always',
# 'never').
settings = {'optimize': 0, 'check_hash_pycs_mode': 'default'}


def fix_filename(code, filename):
    """code with co_filename set to filename, in the code objects nested in
    it too.  The code is fresh from a cache file or the compiler, and only
    this load holds it: it is changed in place, as CPython's
    _imp._fix_co_filename changes a module's code (a copy of every code
    object cost a tenth of the frozen modules' load)."""
    if code.co_filename != filename:
        _set_filename(code, code.co_filename, filename)
    return code


def _set_filename(code, old, new):
    code.co_filename = new
    for const in code.co_consts:
        if type(const) is type(code) and const.co_filename == old:
            _set_filename(const, old, new)


def optimize_level(optimize=-1):
    return settings['optimize'] if optimize == -1 else optimize


# Files are read as CPython's loaders read them, by the host's
# FileLoader.get_data: through io.open_code (which an audit or open-code
# hook sees), from a frame whose builtins are the program's (open_code
# imports _io through them, and a program's __import__ sees it, as on
# CPython).
_READER = sys.modules['_frozen_importlib_external'].SourceFileLoader('', '')


def _read(path):
    return _READER.get_data(path)


def _stat(path):
    try:
        st = _os.stat(path)
    except OSError:
        return None
    return st.st_mtime, st.st_size


def _check_source(flags):
    """Whether a hash-based cache file's hash is checked against its source
    (--check-hash-based-pycs, as CPython's SourceLoader.get_code)."""
    # Where CPython keeps it (ophis.importer.shared puts the command's
    # value there): a program may change it.
    mode = _imp.check_hash_based_pycs
    if mode == 'always':
        return True
    if mode == 'never':
        return False
    return bool(flags & pyc.FLAG_CHECK_SOURCE)


def cached_code(source_path, filename=None, optimize=-1):
    """The code object of the source file at source_path, compiled under
    filename (by default the path itself): from its cache file when that is
    valid, else compiled and, unless -B, cached."""
    optimize = optimize_level(optimize)
    filename = filename or source_path
    cache_path = pyc.cache_from_source(
        source_path, '' if optimize == 0 else str(optimize))
    source_stat = _stat(source_path)
    source_bytes = None
    # A missing cache file is not opened (CPython's own cache is there in
    # the cases a program can tell apart).
    if source_stat is not None and _stat(cache_path) is not None:
        try:
            data = _read(cache_path)
        except OSError:
            data = None
        if data is not None:
            try:
                flags = pyc.check_header(data, source_stat)
                if flags & pyc.FLAG_HASH_BASED and _check_source(flags):
                    source_bytes = _read(source_path)
                    if data[8:16] != pyc.source_hash(source_bytes):
                        raise pyc.BadPyc('hash does not match the source')
                return fix_filename(pyc.code_from_pyc(data), filename)
            except pyc.BadPyc:
                pass
    if source_bytes is None:
        source_bytes = _read(source_path)
    code = compile_source(source_bytes, source_path, optimize)
    if source_stat is not None and not sys.dont_write_bytecode:
        header = pyc.header_timestamp(*source_stat)
        try:
            # Writable, so that a read-only source's cache can be renewed.
            mode = _os.stat(source_path).st_mode | 0o200
        except OSError:
            mode = 0o666
        pyc.write_pyc(cache_path, pyc.code_to_pyc(code, header), mode)
    return fix_filename(code, filename)


def compile_source(source, filename, optimize=-1):
    compile_ = pyc_compiler()
    # compile() takes levels up to 2 (-OOO is -OO with its own cache files).
    return compile_(source, filename, 'exec', dont_inherit=True,
                    optimize=min(optimize_level(optimize), 2))


def pyc_compiler():
    from ophis.compiler import compile as ophis_compile
    return ophis_compile


def code_from_cache_file(data, name, path):
    """A sourceless module's code from its cache file bytes; ImportError as
    CPython's SourcelessFileLoader gives it for a file it cannot use."""
    try:
        return pyc.code_from_pyc(data)
    except pyc.BadPyc as error:
        raise ImportError(f'{error} in {name!r}', name=name,
                          path=path) from None
