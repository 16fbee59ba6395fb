"""Ophis's adjustments to the program's copies of a few standard modules,
made once their code has run (ophis.importer.loaders.AFTER_EXEC).

Each corrects what a module computes from the implementation's own objects
where Ophis's objects are Python classes rather than C types:

* types: GetSetDescriptorType and MemberDescriptorType are found as the
  types of FunctionType.__code__ and .__globals__ -- on Ophis's function
  class those are properties; inspect (getattr_static) needs the host's
  descriptor types.
* traceback: the walkers leave out the eval loop's host frames
  (ophis.runtime.tbfilter).
* warnings: warnings that C code issued from the eval loop's host frames
  are issued again from the program's frame (ophis.runtime.warn).
* tracemalloc: its trace readers leave Ophis's own host frames out of the
  program's traces (ophis.runtime.tracealloc); the program's _tracemalloc
  is a module of its own, which ophis.runtime.install cannot patch.
* importlib._bootstrap_external run from its source (importlib's tests
  load it so, beside the frozen one): its MAGIC_NUMBER and
  _RAW_MAGIC_NUMBER are Ophis's, as the frozen copy's are while a program
  runs (ophis.importer.shared), and its _imp fixes Ophis code's filenames.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.hostrefs import FunctionType as _HostFunction


def _types(module):
    module.GetSetDescriptorType = type(_HostFunction.__code__)
    module.MemberDescriptorType = type(_HostFunction.__globals__)


def _traceback(module):
    from ophis.runtime import tbfilter
    tbfilter.patch_module(module)


def _warnings(module):
    from ophis.runtime import warn
    warn.patch_module(module)


def _tracemalloc(module):
    from ophis.runtime import tracealloc
    tracealloc.patch_module(module)


def _bootstrap_external(module):
    from ophis.bytecode import pyc
    from ophis.importer import shared
    module.MAGIC_NUMBER = pyc.MAGIC_NUMBER
    module._RAW_MAGIC_NUMBER = pyc._RAW_MAGIC_NUMBER
    module._imp = shared.ProgramImp()


AFTER_EXEC = {
    'importlib._bootstrap_external': _bootstrap_external,
    'types': _types,
    'traceback': _traceback,
    'warnings': _warnings,
    'tracemalloc': _tracemalloc,
}
