"""The import system as Ophis programs see it (DESIGN decisions 3 and 6).

CPython's import machinery is a layer of Python (importlib's bootstrap,
frozen into the host) over C.  The bootstrap is part of the host's start-up
set, so Ophis keeps it: ``import`` statements, ``__import__``,
``importlib.import_module``, module locks, partial modules during circular
imports and the ModuleNotFoundError messages are the host's own.  What
Ophis replaces is where module code comes from and who runs it:

    finder.py     OphisFinder, first on sys.meta_path: builtin modules are
                  left to BuiltinImporter, frozen pure-Python stdlib modules
                  are found at their source, everything else is searched on
                  sys.path / a package's __path__ through sys.path_hooks
                  and sys.path_importer_cache (CPython's PathFinder
                  protocol); the path hooks give Ophis's loaders
    loaders.py    source, sourceless (.pyc), frozen-source and zip loaders:
                  code compiled by ophis.compile, cached as
                  __pycache__/NAME.ophis-311.pyc, run by the eval loop in
                  the module's namespace; extension modules keep the
                  host's loader and are shared
    cache.py      the .pyc cache read and written for the loaders
    universe.py   the module universe: Ophis's own modules and the
                  pure-Python modules the launcher loaded leave
                  sys.modules into a private registry
    own.py        how Ophis's own host modules import (their own builtins
                  and __import__, served from the registry)
    hostload.py   the loaders of those private loads: host bytecode under
                  CPython's cache tag, magic number, marshal and compile()
    shared.py     while a program runs, importlib's frozen bootstrap and
                  zipimport (shared with the host) use Ophis's magic
                  number, marshal and compiler
    marshalling.py  the program's marshal module (Ophis code objects too)
    pthfile.py    ._pth files beside the launcher (sys.path, isolation)
    importtime.py  -X importtime for the program's imports
    adjust.py     corrections to a few standard modules once they ran
    setup.py      install()/uninstall(): meta_path, path_hooks, the
                  universe, the program's site

Nothing is imported here: the ``ophis`` package imports own.py at start-up.
"""

from ophis.importer import own as _own
__builtins__ = _own.OWN_BUILTINS


def install(config=None):
    from ophis.importer import setup
    setup.install(config)


def uninstall():
    from ophis.importer import setup
    setup.uninstall()
