"""Ophis's loaders: module code compiled by Ophis and run by its eval loop.

Each is a subclass of the host's importlib class it stands for, so code
that checks ``isinstance(loader, importlib.machinery.SourceFileLoader)``
(pkgutil, inspect, importlib.resources) or calls its other methods
(get_source, get_data, get_resource_reader, is_package) sees what it
expects; only getting and running the code changes.

Extension modules keep the host's ExtensionFileLoader: they are shared
between the host and the program."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _imp

from ophis.vm.hostrefs import late
from ophis.importer import cache
# Run on a module once its code has run, by module name: Ophis's
# adjustments to the program's copy of a standard module.
from ophis.importer.adjust import AFTER_EXEC

_bootstrap = sys.modules['_frozen_importlib']
_external = sys.modules['_frozen_importlib_external']


def _run(code, module):
    namespace = module.__dict__
    if '__builtins__' not in namespace:
        # As exec() does for CPython's loaders: the module keeps the
        # builtins it ran with, and every function made in it takes them
        # (without it, from whatever frame happens to be running).
        namespace['__builtins__'] = late(
            'ophis.vm.function').builtins_from_globals(namespace)
    late('ophis.vm.loop').run_code(code, namespace, namespace)
    adjust = AFTER_EXEC.get(module.__name__)
    if adjust is not None:
        adjust(module)


def exec_module(loader, module):
    # Under _call_with_frames_removed, as CPython's compile() of the source
    # is: an import statement takes importlib's frames out of the
    # traceback of a SyntaxError.
    code = _bootstrap._call_with_frames_removed(loader.get_code,
                                                module.__name__)
    if code is None:
        raise ImportError(f'cannot load module {module.__name__!r} when '
                          'get_code() returns None')
    # As CPython's loaders: the eval loop runs under
    # _call_with_frames_removed, whose importlib frames the import
    # statement takes out of a traceback.
    _bootstrap._call_with_frames_removed(_run, code, module)


# exec_module's frame shows in tracebacks where CPython shows its own
# _LoaderBasics.exec_module (importlib.import_module keeps importlib's
# frames); the frame carries CPython's file and the line of its call.
def _as_importlib_frame(function, filename, call_line):
    code = function.__code__
    lines = [line for _, _, line in code.co_lines() if line is not None]
    offset = call_line - max(lines)
    function.__code__ = code.replace(
        co_filename=filename, co_firstlineno=code.co_firstlineno + offset)


_as_importlib_frame(exec_module, '<frozen importlib._bootstrap_external>', 940)


class SourceFileLoader(_external.SourceFileLoader):
    """A .py file: compiled by Ophis, cached in __pycache__.

    get_code and source_to_code are the host's, run over the shared
    machinery's globals (ophis.importer.shared: Ophis's magic number,
    marshal and compiler), so that what a program sees of a load is
    CPython's: -v's messages ("# code object from ...", "# ... matches
    ...", "# created ..."), and the get_code, source_to_code and
    _call_with_frames_removed frames of a SyntaxError raised while -m
    (runpy) gets a module's code."""

    exec_module = exec_module


class LibLoader(SourceFileLoader):
    """A module of ophis/lib: a standard module whose job is to show the
    implementation's internals, written for Ophis (see finder.LIB_MODULES).
    Its namespace gets the Ophis module it shows, under a dunder name."""

    # Module name -> (dunder name, Ophis's module).
    SEEDS = {'dis': ('__ophis_dis__', 'ophis.bytecode.dis')}

    def seed(self, namespace):
        seeds = self.SEEDS.get(self.name)
        if seeds is not None:
            namespace[seeds[0]] = late(seeds[1])

    def exec_module(self, module):
        self.seed(module.__dict__)
        exec_module(self, module)


class SourcelessFileLoader(_external.SourcelessFileLoader):
    """A .pyc file without its source: Ophis's cache format only.  Its
    get_code is the host's, which checks the header and unmarshals with
    CPython's messages; while a program runs its magic number and marshal
    are Ophis's (ophis.importer.shared)."""

    exec_module = exec_module


def is_pyc_file(path, data):
    """Whether the command's file is compiled code (CPython's
    maybe_pyc_file: a .pyc name, or the first two bytes of the magic
    number)."""
    return path.endswith('.pyc') or \
        data[:2] == late('ophis.bytecode.pyc').MAGIC_NUMBER[:2]


def code_from_main_pyc(data):
    """The code of a .pyc run as the program (CPython's run_pyc_file: the
    header's other fields are not checked)."""
    pyc = late('ophis.bytecode.pyc')
    if data[:4] != pyc.MAGIC_NUMBER or len(data) < 16:
        raise RuntimeError('Bad magic number in .pyc file')
    try:
        code = late('ophis.bytecode.marshal').loads(data[16:])
    except (ValueError, EOFError, TypeError):
        code = None
    if type(code) is not late('ophis.bytecode.code').Code:
        raise RuntimeError('Bad code object in .pyc file')
    return code


class FrozenLoader(_bootstrap.FrozenImporter):
    """A module the host has frozen, run from its source in the standard
    library as CPython would run the frozen code: its spec, __file__ and
    code filename (``<frozen os>``) are the frozen module's."""

    @classmethod
    def get_code(cls, fullname):
        spec = cls.find_spec(fullname)
        if spec is None:
            raise ImportError(f'No frozen module named {fullname}',
                              name=fullname)
        state = spec.loader_state
        return cache.cached_code(state.filename,
                                 f'<frozen {state.origname}>')

    @classmethod
    def get_source(cls, fullname):
        return None

    @staticmethod
    def exec_module(module):
        exec_module(FrozenLoader, module)


def frozen_spec(fullname):
    """The spec of a frozen module whose source Ophis can run, or None."""
    spec = FrozenLoader.find_spec(fullname)
    if spec is None:
        return None
    filename = spec.loader_state.filename
    if not filename or not _external._path_isfile(filename):
        return None
    return spec


# Shown as CPython's own classes (a program prints module.__loader__ or a
# spec): these are the classes that play their part here.
for _cls, _module, _name in (
        (SourceFileLoader, '_frozen_importlib_external', 'SourceFileLoader'),
        (SourcelessFileLoader, '_frozen_importlib_external',
         'SourcelessFileLoader'),
        (FrozenLoader, '_frozen_importlib', 'FrozenImporter')):
    _cls.__module__ = _module
    _cls.__name__ = _cls.__qualname__ = _name
del _cls, _module, _name

LOADER_DETAILS = (
    (_external.ExtensionFileLoader, _imp.extension_suffixes()),
    (SourceFileLoader, _external.SOURCE_SUFFIXES),
    (SourcelessFileLoader, _external.BYTECODE_SUFFIXES),
)
