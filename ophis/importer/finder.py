"""OphisFinder: the meta path finder that puts module code under Ophis.

It answers in CPython's meta path order: a builtin module is left to
BuiltinImporter (None here); a frozen module is found at its source in the
standard library (FrozenLoader), as CPython finds it frozen, before
sys.path is searched; any other name is searched on sys.path or the
package's __path__ by the host's PathFinder protocol -- sys.path_hooks,
sys.path_importer_cache, namespace packages -- whose path hooks Ophis
replaces (setup.py) so that the path entry finders hand out Ophis's
loaders."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _imp
import zipimport

from ophis.importer import loaders

_bootstrap = sys.modules['_frozen_importlib']
_external = sys.modules['_frozen_importlib_external']
_PathFinder = _external.PathFinder


def _lib_path(name):
    here = loaders.__file__.rpartition('/')[0].rpartition('/')[0]
    return f'{here}/lib/{name}.py'


# use_frozen_modules: False under -X frozen_modules=off (the standard
# modules the host freezes are then found at their source, as such).
SETTINGS = {'use_frozen_modules': True}

# Standard modules whose job is to show the implementation's internals:
# Ophis's own versions, in ophis/lib.
LIB_MODULES = {'dis': _lib_path('dis')}


class OphisFinder:
    """Meta path finder for modules that Ophis runs (see the module's
    docstring)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _imp.is_builtin(fullname):
            return None
        if path is None and fullname in LIB_MODULES:
            location = LIB_MODULES[fullname]
            return _external.spec_from_file_location(
                fullname, location,
                loader=loaders.LibLoader(fullname, location))
        if SETTINGS['use_frozen_modules'] and _imp.is_frozen(fullname):
            # As FrozenImporter, whatever the path.
            spec = loaders.frozen_spec(fullname)
            if spec is not None:
                return spec
            # Frozen without a source Ophis can read: the host runs it.
            return None
        return _PathFinder.find_spec(fullname, path, target)

    @staticmethod
    def invalidate_caches():
        _PathFinder.invalidate_caches()

    @staticmethod
    def find_distributions(*args, **kwargs):
        return _PathFinder.find_distributions(*args, **kwargs)

    def __repr__(self):
        return "<class 'ophis.importer.finder.OphisFinder'>"


def file_finder_hook():
    """The path hook for directories: the host's FileFinder over Ophis's
    loaders."""
    return _external.FileFinder.path_hook(*loaders.LOADER_DETAILS)


def zip_hook(path):
    """The path hook for zip files: the host's zipimporter reads them, and
    the specs it finds get Ophis's loader."""
    return ZipFinder(path)


class ZipFinder(zipimport.zipimporter):
    """A zipimporter (pkgutil and importlib.resources know its type, and
    a module's __loader__ is it, as on CPython) whose modules Ophis runs:
    its get_code compiles with Ophis and reads Ophis's .pyc while a
    program runs (ophis.importer.shared)."""

    def exec_module(self, module):
        loaders.exec_module(self, module)


ZipFinder.__module__ = 'zipimport'
ZipFinder.__name__ = ZipFinder.__qualname__ = 'zipimporter'
