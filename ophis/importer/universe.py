"""One module universe (DESIGN decision 3).

When a program starts, sys.modules holds what the host loaded before Ophis
took over: Ophis's own modules, and the pure-Python modules the launcher
and the host's site imported (re, enum, functools, os, site...).  Those are
not the program's: a program that imports ``re`` must get an ``re`` that
Ophis ran.  purge() moves them out of sys.modules into a private registry,
leaving the modules of ``python3 -S``'s start-up set (START_UP) and the
shared ones (builtin and extension modules).

Ophis's host code keeps importing at run time (function-level imports,
ophis.vm.hostrefs.late).  Those imports must neither see nor change the
program's sys.modules: they go to private_import() (see ophis.importer.own
for how), which serves the registry, and loads what is not there yet with
the host's own loaders into the registry.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _imp
import _thread

from ophis.vm.hostrefs import host_import
from ophis.importer import own
from ophis.importer.hostload import LOADERS as _host_loaders

_bootstrap = sys.modules['_frozen_importlib']
_external = sys.modules['_frozen_importlib_external']

# sys.modules of ``python3 -S -c pass`` on CPython 3.11, less the builtin
# and extension modules (shared in any case): the pure-Python modules the
# host runs before any program code.  encodings.* modules that start-up
# loaded for the locale's codecs stay too (see _is_start_up).
START_UP = frozenset({
    '__main__', '_frozen_importlib', '_frozen_importlib_external', 'abc',
    'codecs', 'encodings', 'encodings.aliases', 'encodings.utf_8', 'io',
    'zipimport',
})

# The builtin and extension modules of that start-up set: the program
# shares them with the host (marshal's entry is the program's own module,
# ophis.importer.shared).  The other builtin and extension modules the
# launcher and the host's site imported (_sre, itertools, _ast,
# unicodedata...) leave sys.modules too: a program that imports one gets a
# module object of its own from the same C module (its C state, types and
# functions are the host's), as it would on CPython, which has not
# imported it yet.
START_UP_SHARED = frozenset({
    '_abc', '_codecs', '_imp', '_io', '_signal', '_thread', '_warnings',
    '_weakref', 'builtins', 'marshal', 'posix', 'nt', 'sys', 'time',
})
# Shared modules whose objects Ophis changes for the program
# (ophis.runtime.install replaces faulthandler's functions, and
# ophis.runtime.exitfuncs atexit's, which must not show or run the
# launcher's registrations): the program must get those very objects, so
# they stay.
PATCHED_SHARED = frozenset({'faulthandler', 'atexit'})

# Names the host's site module puts in builtins; the program's site puts
# its own there (or, with -S, none).
SITE_BUILTINS = ('exit', 'quit', 'help', 'copyright', 'credits', 'license')

registry = {}
_finders = {}
# Where Ophis's host code finds the modules it loads after start-up: the
# launcher's sys.path, not the program's (a program's directory must not
# shadow what Ophis uses, nor see it searched under -vv).
_host_path = []


def _is_start_up(name):
    return name in START_UP or name.startswith('encodings.')


def is_shared(name, module):
    """Builtin and extension modules: one copy, shared with the host."""
    if name in sys.builtin_module_names:
        return True
    spec = getattr(module, '__spec__', None)
    loader = getattr(spec, 'loader', None)
    if isinstance(loader, _external.ExtensionFileLoader) or \
            loader is _bootstrap.BuiltinImporter:
        return True
    filename = getattr(module, '__file__', None)
    return isinstance(filename, str) and \
        filename.endswith(tuple(_imp.extension_suffixes()))


def purge():
    """Move every module the program must not share out of sys.modules."""
    import builtins
    _host_path[:] = sys.path
    for name, module in list(sys.modules.items()):
        if _is_start_up(name) or name in START_UP_SHARED or \
                name in PATCHED_SHARED:
            continue
        if module is not None:
            registry[name] = module
        del sys.modules[name]
    for name in SITE_BUILTINS:
        builtins.__dict__.pop(name, None)
    if hasattr(sys, '__interactivehook__'):
        del sys.__interactivehook__


def private_import(name, globals, fromlist, level):
    """__import__ for Ophis's own host code (see the module docstring)."""
    if level > 0:
        package = globals.get('__package__')
        if not package:
            package = globals['__name__']
            if '__path__' not in globals:
                package = package.rpartition('.')[0]
        base = package.rsplit('.', level - 1)[0]
        fullname = f'{base}.{name}' if name else base
    else:
        fullname = name
    module = private_module(fullname)
    if fromlist:
        if hasattr(module, '__path__'):
            for item in fromlist:
                if item == '*' or hasattr(module, item):
                    continue
                try:
                    private_module(f'{fullname}.{item}')
                except ModuleNotFoundError as error:
                    if error.name != f'{fullname}.{item}':
                        raise
        return module
    if level == 0:
        return private_module(fullname.partition('.')[0])
    return module


# Loads into the registry go one at a time (a program's threads may call
# into Ophis code that imports).
_lock = _thread.RLock()
# Modules in the registry whose code is still running: another thread
# waits for the lock rather than take one half made (its loader holds the
# lock until the module is done; its own circular imports still get it).
_initializing = set()


def private_module(fullname):
    """The module fullname as Ophis's host code uses it: from the registry,
    or loaded by the host into the registry (never into sys.modules); the
    modules of START_UP_SHARED and PATCHED_SHARED are the program's."""
    module = registry.get(fullname)
    if module is not None and fullname not in _initializing:
        return module
    with _lock:
        return _load_private(fullname)


def _load_private(fullname):
    module = registry.get(fullname)
    if module is not None:
        return module
    if (_is_start_up(fullname) or fullname in START_UP_SHARED or
            fullname in PATCHED_SHARED) and fullname in sys.modules:
        return sys.modules[fullname]
    parent_name, _, tail = fullname.rpartition('.')
    parent = None
    search = None
    if parent_name:
        parent = private_module(parent_name)
        module = registry.get(fullname)
        if module is not None:
            return module
        search = getattr(parent, '__path__', None)
        if search is None:
            raise ModuleNotFoundError(
                f'No module named {fullname!r}; {parent_name!r} is not a '
                'package', name=fullname)
    spec = _host_spec(fullname, search)
    if spec is None:
        raise ModuleNotFoundError(f'No module named {fullname!r}',
                                  name=fullname)
    # A builtin or extension module too: a module object of Ophis's own
    # over the shared C module (see START_UP_SHARED).
    module = _bootstrap.module_from_spec(spec)
    if fullname.startswith('ophis.'):
        module.__dict__['__builtins__'] = own.OWN_BUILTINS
    registry[fullname] = module
    _initializing.add(fullname)
    try:
        spec.loader.exec_module(module)
    except BaseException:
        registry.pop(fullname, None)
        raise
    finally:
        _initializing.discard(fullname)
    if parent is not None:
        setattr(parent, tail, module)
    return module


def _host_spec(fullname, search):
    if search is None:
        spec = _bootstrap.BuiltinImporter.find_spec(fullname)
        if spec is None:
            spec = _bootstrap.FrozenImporter.find_spec(fullname)
        if spec is not None:
            return spec
        search = _host_path or sys.path
    for entry in search:
        if not isinstance(entry, str):
            continue
        finder = _finders.get(entry)
        if finder is None:
            if not _external._path_isdir(entry or '.'):
                continue
            finder = _finders[entry] = _external.FileFinder(
                entry, *_host_loaders)
        spec = finder.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            return spec
    return None
