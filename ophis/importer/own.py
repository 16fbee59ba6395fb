"""How Ophis's own host modules import, once a program runs.

Ophis's code imports at run time (function-level imports break cycles and
keep start-up cheap).  Those import statements must not go through the
program's builtins.__import__ (a program may replace it, CPython's tests
do), nor find or fill the program's sys.modules (DESIGN decision 3).  A
Python function looks ``__import__`` up in the builtins of the module that
defined it, fixed when the function is made; so each ``ophis.*`` module is
executed with its own builtins mapping, OWN_BUILTINS: the host's builtins
as they were when Ophis was imported (before the ``ophis`` command replaces
any), with an ``__import__`` of Ophis's own.  That __import__ is the
host's until ophis.importer takes Ophis's modules out of sys.modules; from
then on it is the private importer (ophis.importer.universe), which serves
them from a registry.

This module is imported by the ``ophis`` package itself, first: it puts
OwnFinder on sys.meta_path for the package's submodules.
"""

import builtins
import sys
import posix as _posix

_external = sys.modules['_frozen_importlib_external']
_host_import = builtins.__import__

# The private importer: (name, globals, fromlist, level) -> module.
PRIVATE_IMPORT = [None]


_getframe = sys._getframe
# The host's (CPython 3.11's) opcode of IMPORT_NAME.
_IMPORT_NAME = 108


def own_import(name, globals=None, locals=None, fromlist=(), level=0):
    private = PRIVATE_IMPORT[0]
    if private is not None:
        # An import statement of Ophis's code is private.  C code imports
        # through the __import__ of the innermost Python frame's builtins
        # (PyImport_Import: _pickle's or _asyncio's initialization, run
        # for a program while the eval loop's frame is innermost): those
        # imports are the program's.
        caller = _getframe(1)
        if caller.f_globals is globals and \
                caller.f_code.co_code[caller.f_lasti] == _IMPORT_NAME:
            caller = None
            return private(name, globals, fromlist, level)
        caller = None
    return _host_import(name, globals, locals, fromlist, level)


OWN_BUILTINS = dict(builtins.__dict__)
OWN_BUILTINS['__import__'] = own_import


class _OwnLoader:
    """The host's loader, with the module's builtins set first."""

    def __init__(self, loader):
        self._loader = loader

    def __getattr__(self, name):
        return getattr(self._loader, name)

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        module.__dict__['__builtins__'] = OWN_BUILTINS
        self._loader.exec_module(module)


# A directory of Ophis's package -> (names of its .py files, names of its
# subdirectories), listed when a module is first looked for there.
_listings = {}


def _listing(directory):
    listing = _listings.get(directory)
    if listing is None:
        files = set()
        dirs = set()
        try:
            with _posix.scandir(directory) as entries:
                for entry in entries:
                    name = entry.name
                    if name.endswith('.py'):
                        files.add(name[:-3])
                    elif '.' not in name:
                        # Other names with dots (extension modules,
                        # .pyc files) send the look-up to PathFinder.
                        dirs.add(name)
                    else:
                        files.add(name.partition('.')[0] + '.')
        except OSError:
            return None
        listing = _listings[directory] = (files, dirs)
    return listing


def _listed_spec(fullname, path):
    """The spec of an Ophis submodule that is a plain .py file or a
    package directory with an __init__.py in the package's one directory,
    as PathFinder would give it; None (PathFinder decides) otherwise."""
    if type(path) is not list or len(path) != 1:
        return None
    directory = path[0]
    if type(directory) is not str or not directory.startswith('/'):
        return None
    listing = _listing(directory)
    if listing is None:
        return None
    files, dirs = listing
    tail = fullname.rpartition('.')[2]
    if tail + '.' in files:
        return None
    if tail in dirs:
        package = directory + '/' + tail
        inner = _listing(package)
        if inner is None or '__init__' not in inner[0] or \
                '__init__.' in inner[0]:
            return None
        location = package + '/__init__.py'
        search = [package]
    elif tail in files:
        location = directory + '/' + tail + '.py'
        search = None
    else:
        return None
    return _external.spec_from_file_location(
        fullname, location,
        loader=_external.SourceFileLoader(fullname, location),
        submodule_search_locations=search)


class OwnFinder:
    """Finds the ``ophis`` package's submodules as the host would, and
    gives them OWN_BUILTINS."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not fullname.startswith('ophis.') or path is None:
            return None
        spec = _listed_spec(fullname, path)
        if spec is None:
            spec = _external.PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None and \
                type(spec.loader) is _external.SourceFileLoader:
            spec.loader = _OwnLoader(spec.loader)
        return spec

    @staticmethod
    def invalidate_caches():
        pass


def install():
    if OwnFinder not in sys.meta_path:
        sys.meta_path.insert(0, OwnFinder)


# A program that imports ophis (run by Ophis: sys.implementation says so)
# gets the package as any other, run by Ophis.
if sys.implementation.name != 'ophis':
    install()
