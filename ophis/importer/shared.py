"""The shared import machinery, speaking for the program (DESIGN 6).

importlib's bootstrap (_frozen_importlib_external) and zipimport are frozen
into the host and in python3 -S's start-up set, so the program shares them
with the host (decision 3): ``importlib._bootstrap_external``,
``importlib.machinery.SourceFileLoader`` and ``zipimport.zipimporter`` as
a program sees them are these modules' objects.  Their functions find
CPython's bytecode format through module globals: MAGIC_NUMBER,
_RAW_MAGIC_NUMBER (the key of source hashes), marshal, compile(), the code
type.  While a program runs, install() points those globals at Ophis's,
so that everything built on them agrees with Ophis's loaders:
importlib.util.MAGIC_NUMBER and source_hash, py_compile and compileall
(which write ``__pycache__/X.ophis-311.pyc`` through _code_to_*_pyc),
SourceFileLoader/SourcelessFileLoader instances a program makes itself,
pkgutil.read_code, zipimporter.get_code and load_module.  The program's
``marshal`` module is ophis.importer.marshalling's, and
``_imp.check_hash_based_pycs`` says what --check-hash-based-pycs said.

What the launcher itself still loads with the host (Ophis's modules and
the standard modules they use, into the private registry) does not go
through these globals: ophis.importer.hostload reads and writes host
bytecode with CPython's magic number, marshal and compile().
uninstall() puts the host's values back (tests run programs in-process,
and pytest's own imports must find CPython's).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _imp

from ophis.bytecode import pyc
from ophis.bytecode.code import Code
from ophis.vm.hostrefs import late
from ophis.importer import marshalling

_external = sys.modules['_frozen_importlib_external']
_zipimport = sys.modules['zipimport']
_MISSING = object()
_saved = []


def program_compile(source, filename, mode, flags=0, dont_inherit=False,
                    optimize=-1, *, _feature_version=-1):
    """compile() for the shared machinery: Ophis's compiler (its callers
    are host frames, which the program's compile() would serve with the
    host's)."""
    compiling = late('ophis.runtime.compiling')
    return compiling.compile_source(source, filename, mode, flags, True,
                                    optimize)


def _fix_filenames(code, old, new):
    code.co_filename = new
    for const in code.co_consts:
        if type(const) is Code and const.co_filename == old:
            _fix_filenames(const, old, new)


class ProgramImp:
    """_imp for the shared machinery: the host's module, with
    _fix_co_filename taking Ophis's code objects too."""

    def __getattr__(self, name):
        return getattr(_imp, name)

    @staticmethod
    def _fix_co_filename(code, path):
        if type(code) is not Code:
            return _imp._fix_co_filename(code, path)
        if not isinstance(path, str):
            raise TypeError('_fix_co_filename() argument 2 must be str, '
                            f'not {type(path).__name__}')
        old = code.co_filename
        if old != path:
            _fix_filenames(code, old, path)
        return None

    def __repr__(self):
        return repr(_imp)


_CODE_TYPES = (type(_external._write_atomic.__code__), Code)


def _replacements(program_marshal):
    return [
        (_external, 'MAGIC_NUMBER', pyc.MAGIC_NUMBER),
        (_external, '_RAW_MAGIC_NUMBER', pyc._RAW_MAGIC_NUMBER),
        (_external, 'marshal', program_marshal),
        (_external, 'compile', program_compile),
        (_external, '_code_type', _CODE_TYPES),
        (_external, '_imp', ProgramImp()),
        (_zipimport, 'marshal', program_marshal),
        (_zipimport, 'compile', program_compile),
        (_zipimport, '_code_type', _CODE_TYPES),
        (_zipimport, '_imp', ProgramImp()),
    ]


def install():
    """Point the shared machinery at Ophis's format, and give the program
    its marshal (called when the import system is put in place)."""
    if _saved:
        return
    program_marshal = marshalling.program_module()
    saved = []
    for module, name, value in _replacements(program_marshal):
        namespace = module.__dict__
        saved.append((namespace, name, namespace.get(name, _MISSING)))
        namespace[name] = value
    # --check-hash-based-pycs, where CPython keeps it (a program or test
    # may change it; Ophis's loaders read it there too).
    cache = late('ophis.importer.cache')
    saved.append((_imp.__dict__, 'check_hash_based_pycs',
                  _imp.check_hash_based_pycs))
    _imp.check_hash_based_pycs = cache.settings['check_hash_pycs_mode']
    saved.append((sys.modules, 'marshal', sys.modules.get('marshal',
                                                          _MISSING)))
    sys.modules['marshal'] = program_marshal
    _saved.append(saved)


def uninstall():
    if not _saved:
        return
    for namespace, name, value in reversed(_saved.pop()):
        if value is _MISSING:
            namespace.pop(name, None)
        else:
            namespace[name] = value
