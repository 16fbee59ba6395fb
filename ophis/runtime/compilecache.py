"""A cache of code compiled from strings: ``-c``, exec(), eval() and
compile() of source text.

Every start-up compiles the same few strings (the ``-c`` command, the
lines of site-packages' .pth files that site executes, the lambdas
collections.namedtuple evaluates, typing's forward references); the
compiler's modules cost more to import than those compilations.  With
this cache a start-up whose strings were all seen before never loads the
tokenizer, parser or compiler.

An entry is a file ``<ophis>/__pycache__/compiled/<hash>.ophis-311.pyc``
(under sys.pycache_prefix when that is set): MAGIC_NUMBER, the length of
the key as 4 bytes (little-endian), the key in the host's marshal format,
then the code in ophis.bytecode.marshal's, where the key is
everything the code depends on -- the source exactly (str or bytes),
filename, mode, flags, optimization level, the int digit limit (-X
int_max_str_digits), and a fingerprint of the
compiler's own source files (so a changed compiler never serves old
code).  A hit compares the whole key, so a hash collision is a miss.

Only compilations that issued no warning are kept (a hit issues none; see
ophis.tokenizer.errors.WARNINGS_ISSUED), only plain flags (the __future__
features) are accepted, and errors are never cached.  Nor is code with a
frozenset constant (a set display of constants): its order comes from the
hash seed of the process that built it, and a fresh compilation's from
this one's.  Writing follows
sys.dont_write_bytecode (-B, PYTHONDONTWRITEBYTECODE), as .pyc files do;
reading does not, as for .pyc files.  Entries are written atomically; the
directory is emptied when it holds MAX_ENTRIES files."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _imp

try:
    import posix as _os
except ImportError:                      # Windows
    import nt as _os

from ophis.bytecode import pyc
from ophis.bytecode import marshal
from ophis.bytecode.code import Code

# The host's marshal as ophis.bytecode.marshal took it at Ophis's start: an
# import of marshal here, once the program runs, would give the program's
# module (ophis.importer.shared).
_host_marshal = marshal._host_marshal

MAX_ENTRIES = 2000
MAX_SOURCE = 1 << 16

# The __future__ features (CPython's PyCF_MASK) and PyCF_SOURCE_IS_UTF8:
# the only flags with which a compilation is cached.
_CACHED_FLAGS = 0x1FE0000 | 0x0100
_MODES = ('exec', 'eval', 'single')

# The compiler's source directories, relative to the ophis package, and
# this module (what it keeps may change).
_COMPILER_PARTS = ('tokenizer', 'parser', 'compiler', 'bytecode')
_ALSO = ('runtime/compilecache.py',)

_OPHIS_DIR = __file__.rpartition('/')[0].rpartition('/')[0]
_state = {}


def _fingerprint():
    """A digest of (name, mtime_ns, size) of every source file of the
    compiler (the tuple itself made every entry 6 KB)."""
    fingerprint = _state.get('fingerprint')
    if fingerprint is None:
        entries = []
        for part in _COMPILER_PARTS:
            directory = f'{_OPHIS_DIR}/{part}'
            for name in sorted(_os.listdir(directory)):
                if name.endswith(('.py', '.gram')):
                    st = _os.stat(f'{directory}/{name}')
                    entries.append((f'{part}/{name}', st.st_mtime_ns,
                                    st.st_size))
        for name in _ALSO:
            st = _os.stat(f'{_OPHIS_DIR}/{name}')
            entries.append((name, st.st_mtime_ns, st.st_size))
        fingerprint = _state['fingerprint'] = _imp.source_hash(
            pyc._RAW_MAGIC_NUMBER, repr(entries).encode()).hex()
    return fingerprint


def _directory():
    prefix = sys.pycache_prefix
    if prefix:
        return f'{prefix.rstrip("/")}{_OPHIS_DIR}/compiled'
    return f'{_OPHIS_DIR}/__pycache__/compiled'


def _key(source, filename, mode, flags, optimize):
    """The cache key, or None when this compilation is not cached."""
    kind = type(source)
    if (kind is not str and kind is not bytes) or type(filename) is not str \
            or type(mode) is not str or mode not in _MODES \
            or type(flags) is not int or flags & ~_CACHED_FLAGS \
            or type(optimize) is not int or not -1 <= optimize <= 2 \
            or len(source) > MAX_SOURCE:
        return None
    if optimize == -1:
        optimize = sys.flags.optimize
    try:
        # The digit limit decides whether a long int literal is an error.
        return (source, filename, mode, flags, optimize,
                sys.get_int_max_str_digits(), _fingerprint())
    except OSError:
        return None


def _path(key):
    # Not marshal's bytes: they depend on reference counts.
    data = repr(key).encode('utf-8', 'surrogatepass')
    digest = _imp.source_hash(pyc._RAW_MAGIC_NUMBER, data).hex()
    return f'{_directory()}/{digest}.{pyc.CACHE_TAG}.pyc'


def _load(path, key):
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return None
    if data[:4] != pyc.MAGIC_NUMBER:
        return None
    size = int.from_bytes(data[4:8], 'little')
    try:
        stored_key = _host_marshal.loads(data[8:8 + size])
        # Types first: under -b, bytes compared with str warn.
        if type(stored_key) is not tuple or \
                tuple(map(type, stored_key)) != tuple(map(type, key)) or \
                stored_key != key:
            return None
        code = marshal.loads(data[8 + size:])
    except (ValueError, EOFError, TypeError):
        return None
    return code if type(code) is Code else None


def _store(path, key, code):
    directory = path.rpartition('/')[0]
    try:
        key_data = _host_marshal.dumps(key)
        data = (pyc.MAGIC_NUMBER + len(key_data).to_bytes(4, 'little') +
                key_data + marshal.dumps(code))
    except ValueError:
        return
    try:
        if len(_os.listdir(directory)) >= MAX_ENTRIES:
            # Emptied rather than pruned: entries are cheap to remake, and
            # a start-up needs only a few.
            for name in _os.listdir(directory):
                try:
                    _os.unlink(f'{directory}/{name}')
                except OSError:
                    pass
    except OSError:
        pass
    try:
        pyc._makedirs(directory)
        pyc.write_atomic(path, data)
    except OSError:
        pass


def compile_cached(compile_function, source, filename, mode, flags,
                   optimize):
    """compile_function(source, filename, mode, flags, True, optimize),
    from the cache when it holds this compilation."""
    key = _key(source, filename, mode, flags, optimize)
    path = None if key is None else _path(key)
    if path is None:
        return compile_function(source, filename, mode, flags, True,
                                optimize)
    code = _load(path, key)
    if code is not None:
        return code
    from ophis.tokenizer.errors import WARNINGS_ISSUED
    warnings_before = WARNINGS_ISSUED[0]
    code = compile_function(source, filename, mode, flags, True, optimize)
    if WARNINGS_ISSUED[0] == warnings_before and \
            not sys.dont_write_bytecode and not _seeded(code):
        _store(path, key, code)
    return code


def _seeded(code):
    """Whether code holds a constant whose order depends on the hash seed:
    a frozenset, in its constants or those of its nested code."""
    for const in code.co_consts:
        kind = type(const)
        if kind is frozenset:
            return True
        if kind is Code and _seeded(const) or kind is tuple and \
                _seeded_tuple(const):
            return True
    return False


def _seeded_tuple(items):
    for item in items:
        kind = type(item)
        if kind is frozenset or kind is tuple and _seeded_tuple(item):
            return True
    return False
