"""The .pyc cache: ``__pycache__/NAME.ophis-311.pyc`` (DESIGN decision 6).

A cache file is a 16-byte header, then the code object in
ophis.bytecode.marshal's format:

    bytes 0-3    MAGIC_NUMBER (Ophis's own: CPython cannot run this code)
    bytes 4-7    flags, little-endian (PEP 552): 0 = timestamp-based;
                 bit 0 = hash-based, bit 1 = check the source against the
                 hash (only with bit 0)
    bytes 8-15   timestamp-based: source mtime and size, each 32 bits
                 little-endian (modulo 2**32); hash-based: the source's
                 SipHash as importlib computes it (_imp.source_hash)

A file is used only if its magic, flags and validation fields match;
anything else (stale, truncated, corrupt, another implementation's) is
ignored and rewritten.  Writes go to a temporary file in the same
directory, renamed over the target, so a reader (or a second writer) never
sees a partial file.  Directories that cannot be written are tolerated.
``sys.dont_write_bytecode`` (-B, PYTHONDONTWRITEBYTECODE) turns writing
off; ``sys.pycache_prefix`` (PYTHONPYCACHEPREFIX, -X pycache_prefix)
moves the cache out of the source tree, as importlib does.

``load_or_compile(source_path)`` is what the import system calls.
"""

import sys

import _imp

try:
    import posix as _os
    _SEP = '/'
    _ALT_SEPS = ''
except ImportError:                      # Windows
    import nt as _os
    _SEP = '\\'
    _ALT_SEPS = '/'

# MAGIC_NUMBER history (bump it whenever the meaning of a .pyc changes:
# the instruction table, the code object's fields, the marshal records):
#   3800  the first Ophis bytecode (CPython 3.11 is 3495; 3800 is above
#         anything CPython 3.11-3.13 uses, so no host confuses the two)
#   3801  marshal: a body holding Ophis code starts with the type code 'O'
#         (ophis.bytecode.marshal.TYPE_OPHIS)
MAGIC_NUMBER = (3801).to_bytes(2, 'little') + b'\r\n'
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')

CACHE_TAG = 'ophis-311'
PYCACHE = '__pycache__'
BYTECODE_SUFFIX = '.pyc'

FLAG_HASH_BASED = 0b01
FLAG_CHECK_SOURCE = 0b10

TIMESTAMP = 'timestamp'
CHECKED_HASH = 'checked-hash'
UNCHECKED_HASH = 'unchecked-hash'


class BadPyc(Exception):
    """A cache file that cannot be used (the caller recompiles)."""


def _join(*parts):
    out = ''
    for part in parts:
        if not part:
            continue
        if out and not out.endswith(_SEP):
            out += _SEP
        out += part
    return out


def _split(path):
    index = path.rfind(_SEP)
    for sep in _ALT_SEPS:
        index = max(index, path.rfind(sep))
    if index < 0:
        return '', path
    return path[:index] or path[:index + 1], path[index + 1:]


def _is_absolute(path):
    if _SEP == '/':
        return path.startswith('/')
    return len(path) > 1 and (path[1] == ':' or path.startswith('\\\\'))


def _getcwd():
    return _os.getcwd()


def cache_from_source(path, optimization=''):
    """The cache file for the source file path (importlib's rule, with
    Ophis's cache tag): ``dir/__pycache__/name.ophis-311[.opt-N].pyc``."""
    head, tail = _split(path)
    base, sep, rest = tail.rpartition('.')
    if not sep:
        base = rest
    almost = base + '.' + CACHE_TAG
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.opt-{optimization}'
    filename = almost + BYTECODE_SUFFIX
    prefix = getattr(sys, 'pycache_prefix', None)
    if prefix is not None:
        if not _is_absolute(head):
            head = _join(_getcwd(), head)
        # As importlib: strip the drive/root, keep the rest of the path.
        if head[:1] == _SEP:
            head = head[1:]
        elif len(head) > 1 and head[1] == ':':
            head = head[2:].lstrip('\\/')
        return _join(prefix, head, filename)
    return _join(head, PYCACHE, filename)


def _optimization_tag(optimize):
    if optimize == -1:
        optimize = sys.flags.optimize
    return '' if optimize == 0 else str(optimize)


# --- the header -----------------------------------------------------------

def _u32(value):
    return (value & 0xFFFFFFFF).to_bytes(4, 'little')


def source_hash(source_bytes):
    return _imp.source_hash(_RAW_MAGIC_NUMBER, source_bytes)


def header_timestamp(mtime, size):
    return MAGIC_NUMBER + _u32(0) + _u32(int(mtime)) + _u32(size)


def header_hash(source_bytes, checked=True):
    flags = FLAG_HASH_BASED | (FLAG_CHECK_SOURCE if checked else 0)
    return MAGIC_NUMBER + _u32(flags) + source_hash(source_bytes)


def code_to_pyc(code, header):
    from ophis.bytecode.marshal import dumps
    return header + dumps(code)


def check_header(data, source_stat=None, source_bytes=None):
    """Raise BadPyc unless data's header is Ophis's and matches the source
    (its (mtime, size), or its bytes for checked hash-based files)."""
    if len(data) < 16:
        raise BadPyc('truncated header')
    if data[:4] != MAGIC_NUMBER:
        raise BadPyc('bad magic number')
    flags = int.from_bytes(data[4:8], 'little')
    if flags & ~0b11:
        raise BadPyc(f'invalid flags {flags!r}')
    if flags & FLAG_HASH_BASED:
        if flags & FLAG_CHECK_SOURCE and source_bytes is not None:
            if data[8:16] != source_hash(source_bytes):
                raise BadPyc('hash does not match the source')
    elif source_stat is not None:
        mtime, size = source_stat
        if data[8:12] != _u32(int(mtime)) or data[12:16] != _u32(size):
            raise BadPyc('stale: the source changed')
    return flags


def code_from_pyc(data, source_stat=None, source_bytes=None):
    """The code object in a cache file's bytes, or BadPyc."""
    check_header(data, source_stat, source_bytes)
    from ophis.bytecode.code import Code
    from ophis.bytecode.marshal import loads
    try:
        code = loads(data[16:])
    except (ValueError, EOFError, TypeError) as exc:
        raise BadPyc(f'bad marshal data: {exc}') from None
    if type(code) is not Code:
        raise BadPyc('not a code object')
    return code


# --- files ----------------------------------------------------------------

def _read(path):
    with open(path, 'rb') as f:
        return f.read()


def _stat(path):
    st = _os.stat(path)
    return st.st_mtime, st.st_size


def _makedirs(path):
    parent, tail = _split(path)
    if parent and parent != path:
        try:
            _os.stat(parent)
        except FileNotFoundError:
            _makedirs(parent)
    try:
        _os.mkdir(path, 0o777)
    except FileExistsError:
        pass


def write_atomic(path, data, mode=0o666):
    """Write data to path through a temporary file renamed into place; a
    failure leaves no temporary file and no partial target."""
    temp = f'{path}.{_os.getpid()}.{id(data)}.tmp'
    fd = _os.open(temp, _os.O_WRONLY | _os.O_CREAT | _os.O_EXCL |
                  getattr(_os, 'O_BINARY', 0), mode & 0o666)
    try:
        with open(fd, 'wb') as f:
            f.write(data)
        _os.replace(temp, path)
    except BaseException:
        try:
            _os.unlink(temp)
        except OSError:
            pass
        raise


def write_pyc(cache_path, data, source_mode=0o666):
    """Write a cache file if allowed and possible; return whether it was
    written.  Errors (a read-only directory, a full disk) are swallowed:
    the cache is an optimization."""
    if sys.dont_write_bytecode:
        return False
    head, tail = _split(cache_path)
    try:
        if head:
            _makedirs(head)
        write_atomic(cache_path, data, source_mode)
    except OSError:
        return False
    return True


def load_or_compile(source_path, *, optimize=-1, invalidation_mode=None,
                    cache_path=None, source_bytes=None, write=True):
    """The code object of the source file: from its cache file when that
    is valid, else compiled (and the cache file written).

    ``invalidation_mode`` is TIMESTAMP (the default), CHECKED_HASH or
    UNCHECKED_HASH, for the file written; an existing cache file of any
    mode is honoured as its flags say."""
    if optimize == -1:
        optimize = sys.flags.optimize
    if cache_path is None:
        cache_path = cache_from_source(source_path,
                                       _optimization_tag(optimize))
    try:
        source_stat = _stat(source_path)
    except OSError:
        source_stat = None
    try:
        data = _read(cache_path)
    except OSError:
        data = None
    if data is not None:
        try:
            flags = check_header(data, source_stat)
            if flags & FLAG_HASH_BASED and flags & FLAG_CHECK_SOURCE:
                if source_bytes is None:
                    source_bytes = _read(source_path)
                check_header(data, source_stat, source_bytes)
            return code_from_pyc(data)
        except BadPyc:
            pass
    if source_bytes is None:
        source_bytes = _read(source_path)
    from ophis.compiler import compile as ophis_compile
    code = ophis_compile(source_bytes, source_path, 'exec',
                         dont_inherit=True, optimize=optimize)
    if write and source_stat is not None:
        mode = invalidation_mode or TIMESTAMP
        if mode == TIMESTAMP:
            header = header_timestamp(*source_stat)
        else:
            header = header_hash(source_bytes, mode == CHECKED_HASH)
        try:
            # Writable, so that a read-only source's cache can be renewed.
            source_mode = _os.stat(source_path).st_mode | 0o200
        except OSError:
            source_mode = 0o666
        write_pyc(cache_path, code_to_pyc(code, header), source_mode)
    return code
