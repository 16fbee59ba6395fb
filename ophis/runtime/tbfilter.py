"""The traceback module's walkers leave out Ophis's own host frames.

An exception that Ophis code raises and host code catches (unittest running
a test method, asyncio's Task stepping a coroutine, sorted() calling a key
function) leaves Ophis through the VM's host frames -- Function.__call__,
run_frame, the loop, a generator's send -- and the host adds a traceback
entry for each.  When Ophis code catches the exception again, the loop
takes them out (ophis.vm.tracebacks.strip_internal), and the hooks that
print uncaught exceptions do the same (ophis.runtime.unraisable,
ophis.runtime.program).  Host code that formats the traceback itself goes
through the traceback module (logging, unittest, asyncio's exception
handler, traceback.print_exc), whose walkers, ``walk_tb`` and the
``_walk_tb_with_full_positions`` that TracebackException and extract_tb
use, are wrapped here to skip those entries, so that what they print is
what CPython prints, where these frames do not exist.

The module is wrapped when it is first imported (by a meta path finder that
answers for no other module and hands the import on), or at once if it was
imported before Ophis started.
"""

import sys

from ophis.vm.hostrefs import late

_MODULE = 'traceback'
_WALKERS = ('walk_tb', '_walk_tb_with_full_positions')
_originals = {}


def _is_vm_frame(frame):
    tracebacks = late('ophis.vm.tracebacks')
    code = frame.f_code
    return tracebacks.is_internal(code) and not tracebacks.is_standin(code)


def _filtered(walker):
    def walk(tb):
        for frame, position in walker(tb):
            if not _is_vm_frame(frame):
                yield frame, position
    walk.__name__ = walker.__name__
    walk.__qualname__ = walker.__qualname__
    walk.__doc__ = walker.__doc__
    walk.__module__ = walker.__module__
    walk.__wrapped_by_ophis__ = walker
    return walk


def _patch(module):
    for name in _WALKERS:
        walker = getattr(module, name, None)
        if walker is None or hasattr(walker, '__wrapped_by_ophis__'):
            continue
        _originals[name] = walker
        setattr(module, name, _filtered(walker))


patch_module = _patch


class _LoaderProxy:
    """Runs the real loader, then wraps the module's walkers; puts the real
    loader back in the module's attributes."""

    def __init__(self, loader):
        self._loader = loader

    def __getattr__(self, name):
        return getattr(self._loader, name)

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        loader = self._loader
        module.__loader__ = loader
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            spec.loader = loader
        loader.exec_module(module)
        _patch(module)
        if _finder in sys.meta_path:
            sys.meta_path.remove(_finder)


class _Finder:
    """A meta path finder for the traceback module only."""

    def find_spec(self, name, path=None, target=None):
        if name != _MODULE:
            return None
        for finder in sys.meta_path:
            if finder is self:
                continue
            find_spec = getattr(finder, 'find_spec', None)
            if find_spec is None:
                continue
            spec = find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not hasattr(spec.loader, 'exec_module'):
            return spec
        spec.loader = _LoaderProxy(spec.loader)
        return spec


_finder = _Finder()


def install():
    module = sys.modules.get(_MODULE)
    if module is not None:
        _patch(module)
    elif _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)


def uninstall():
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
    module = sys.modules.get(_MODULE)
    if module is not None:
        for name, walker in _originals.items():
            setattr(module, name, walker)
    _originals.clear()
