"""Who the running interpreter says it is (DESIGN.md decision 4).

``sys.implementation`` names Ophis (name 'ophis', cache_tag 'ophis-311'),
so CPython's test suite skips its implementation-detail tests and
importlib puts Ophis's bytecode under ``__pycache__/NAME.ophis-311.pyc``.
``sys.executable`` (and ``sys._base_executable``) is the ``ophis``
launcher, so ``subprocess.run([sys.executable, ...])`` runs Ophis however
Ophis itself was started (the launcher, or ``python3 -m ophis``).
``sys.version`` keeps CPython's format: ``platform`` parses it and
``platform.python_implementation()`` says 'CPython' (platform never reads
sys.implementation; it recognises only IronPython, Jython, PyPy and
CPython by sys.version), which is the answer code asking it wants: Ophis
keeps CPython's semantics, reference counting and C modules included.

The host's own import machinery reads sys.implementation.cache_tag too
when it caches the .pyc files of modules it compiles itself (Ophis's
modules, imported lazily).  Those hold host bytecode and must not be
written (or read) under the ophis-311 name: the host's SourceLoader.get_code
is given a cache_from_source that keeps the host's tag.
"""

import sys
import posix

HOST_EXECUTABLE = sys.executable
HOST_BASE_EXECUTABLE = getattr(sys, '_base_executable', sys.executable)
HOST_IMPLEMENTATION = sys.implementation
HOST_CACHE_TAG = sys.implementation.cache_tag
HOST_OPTIMIZE = sys.flags.optimize

NAME = 'ophis'
CACHE_TAG = 'ophis-311'

_applied = []


def _is_file(path):
    try:
        return posix.stat(path).st_mode & 0o170000 == 0o100000
    except (OSError, ValueError):
        return False


def _absolute(path):
    return path if path.startswith('/') else posix.getcwd() + '/' + path


def find_launcher(argv0):
    """The ``ophis`` launcher's path: argv0 when the command was started
    through it, else the script installed beside the host's python3."""
    if argv0 and argv0.rpartition('/')[2].startswith('ophis') and \
            not argv0.endswith('.py') and _is_file(argv0) and '/' in argv0:
        return _absolute(argv0)
    directory = HOST_EXECUTABLE.rpartition('/')[0]
    candidate = directory + '/ophis'
    if directory and _is_file(candidate):
        return candidate
    for directory in posix.environ.get(b'PATH', b'').split(b':'):
        candidate = directory.decode(sys.getfilesystemencoding(),
                                     'surrogateescape') + '/ophis'
        if directory and _is_file(candidate):
            return _absolute(candidate)
    # Not installed: the nearest thing that runs Ophis is the host itself
    # (the caller gets CPython).  pip install -e puts the launcher in place.
    return HOST_EXECUTABLE


def apply(launcher):
    """Make the process say it is Ophis, started as launcher."""
    if _applied:
        sys.executable = sys._base_executable = launcher
        return
    implementation = type(HOST_IMPLEMENTATION)(**vars(HOST_IMPLEMENTATION))
    implementation.name = NAME
    implementation.cache_tag = CACHE_TAG
    sys.implementation = implementation
    sys.executable = launcher
    sys._base_executable = launcher
    _guard_host_bytecode()
    _applied.append(True)


def _guard_host_bytecode():
    external = sys.modules['_frozen_importlib_external']
    original = external.cache_from_source
    host_get_code = external.SourceLoader.get_code.__code__
    getframe = sys._getframe
    ophis_part = '.' + CACHE_TAG
    host_magic = external.MAGIC_NUMBER
    host_part = '.' + HOST_CACHE_TAG

    def cache_from_source(path, debug_override=None, *, optimization=None):
        # While a program runs, the shared machinery speaks Ophis's format
        # for the program and the host's modules load through
        # ophis.importer.hostload: its magic number tells.
        if getframe(1).f_code is not host_get_code or \
                external.MAGIC_NUMBER != host_magic:
            return original(path, debug_override, optimization=optimization)
        # The host loader caching its own bytecode: its own tag, and its own
        # optimization level (the program's -O is in sys.flags).
        cached = original(path, optimization=HOST_OPTIMIZE or '')
        head, slash, tail = cached.rpartition('/')
        stem, found, rest = tail.rpartition(ophis_part)
        if found:
            cached = head + slash + stem + host_part + rest
        return cached

    cache_from_source.__doc__ = original.__doc__
    cache_from_source.__module__ = original.__module__
    external.cache_from_source = cache_from_source
