"""The end of a program, as CPython's finalization has it, and atexit as a
program sees it.

Ophis registers one exit function of its own (ophis.runtime.program's),
when it takes the process over from the launcher, before the program's
site module runs; so it runs after the program's exit functions and does
there what CPython's Py_FinalizeEx does after them (finalize): the objects
of the program's modules are finalized with their modules' globals intact,
as CPython's are.

The registry is the host's atexit module, shared with the program, and it
already holds the launcher's registrations (made by modules the host's
site imported: a .pth file's imports, logging...), which a program under
CPython would not see.  So introspection and manual running are replaced:
_ncallbacks() counts neither Ophis's function nor the launcher's,
_run_exitfuncs() runs neither, and _clear() keeps Ophis's.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

import atexit
import builtins as _builtins
import gc
import sys
import _weakref

_host_run_exitfuncs = atexit._run_exitfuncs
_host_is_finalizing = sys.is_finalizing
_host_clear = atexit._clear
_host_ncallbacks = atexit._ncallbacks
_host_unregister = atexit.unregister

_own = []
# The launcher's registrations: their number of slots (atexit counts the
# slots of unregistered functions too) and the functions found in them,
# while they are still registered (a program that clears the registry
# drops them: atexit cannot give a function's arguments back).
_launcher = {'slots': 0, 'functions': []}
# builtins as CPython's finalization restores them: as they were when the
# program's start-up began (Ophis's functions in place, no site names).
_builtins_copy = {}


class _Probe:
    """Unequal to everything, noting what it is compared with.
    atexit.unregister(probe) compares each registered function with the
    probe (the function's own __eq__ declines, so the probe's answers), in
    registration order, and so lists them without removing any."""

    __hash__ = None

    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return False


def _registered_functions():
    probe = _Probe()
    try:
        _host_unregister(probe)
    except Exception:
        # A registered callable whose comparison fails (an __eq__ that
        # raises): the functions seen before it.
        pass
    return probe.seen


class _Same:
    """Equal to one object only: atexit.unregister(_Same(f)) removes f's
    registrations, whatever f's own __eq__ says of other objects."""

    __hash__ = None

    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        return other is self.target


def _drop_program_registrations():
    """Unregister what the program registered (Ophis's exit function runs
    after all of it, inside the host's atexit loop, and CPython frees the
    callbacks before it finalizes modules: a registered function would keep
    its module's globals alive)."""
    functions = _registered_functions()
    first = 0
    for index, function in enumerate(functions):
        for own in _own:
            if function is own:
                first = index + 1
    for function in functions[first:]:
        try:
            _host_unregister(_Same(function))
        except Exception:
            pass


def register_own(function):
    """Register Ophis's exit function, hidden from the program; the first
    call, when Ophis takes the process over, notes the launcher's
    registrations and the builtins to restore at exit."""
    if not _own:
        _launcher['slots'] = _host_ncallbacks()
        _launcher['functions'] = _registered_functions()
        _builtins_copy.update(_builtins.__dict__)
        for name in late('ophis.importer.universe').SITE_BUILTINS:
            _builtins_copy.pop(name, None)
        from ophis.vm.tracing import BUILTIN_STANDINS
        from ophis.runtime.standin import builtin
        for name, replacement in (('_run_exitfuncs', _run_exitfuncs),
                                  ('_clear', _clear),
                                  ('_ncallbacks', _ncallbacks)):
            standin = builtin(replacement, getattr(atexit, name))
            setattr(atexit, name, standin)
            BUILTIN_STANDINS.add(standin)
    _own.append(function)
    atexit.register(function)


def _forget_launcher():
    for function in _launcher['functions']:
        _host_unregister(function)
    _launcher['functions'] = []


def _run_exitfuncs():
    for function in _own:
        _host_unregister(function)
    _forget_launcher()
    try:
        _host_run_exitfuncs()
    finally:
        # The registry is empty now (the launcher's slots too): Ophis's
        # function is registered again, first, so still last to run.
        _launcher['slots'] = 0
        for function in _own:
            atexit.register(function)


def _clear():
    _host_clear()
    _launcher['slots'] = 0
    _launcher['functions'] = []
    for function in _own:
        atexit.register(function)


def _ncallbacks():
    return _host_ncallbacks() - len(_own) - _launcher['slots']


# CPython's finalize_modules_delete_special: where values of the program
# hide that would otherwise die too late.
_SYS_DELETES = ('path', 'argv', 'ps1', 'ps2', 'last_type', 'last_value',
                'last_traceback', 'path_hooks', 'path_importer_cache',
                'meta_path', '__interactivehook__')


# Set when the program's finalization starts: CPython's runtime is
# finalizing once the exit functions have run (sys.is_finalizing()).
_finalizing = [False]


def is_finalizing():
    return _finalizing[0] or _host_is_finalizing()


is_finalizing.__doc__ = _host_is_finalizing.__doc__
is_finalizing.__module__ = 'sys'


def finalize():
    """What Py_FinalizeEx does after the exit functions, for the program's
    modules: flush the standard streams, collect garbage (if gc is
    enabled), clear the special sys names and restore the standard
    streams, drop the program's modules from sys.modules, restore the
    builtins, collect garbage again -- __main__'s objects, which its
    functions' globals keep in cycles, are finalized here, their globals
    intact -- and clear the dictionaries of the modules still alive, the
    latest imported first.

    The modules shared with the host (builtin, extension and start-up
    modules) stay in sys.modules: the host's own finalization, which runs
    after this, does the same for them."""
    _finalizing[0] = True
    late('ophis.vm.breaker').stop_other_threads()
    # faulthandler's watchdog stops with the program, as CPython's does.
    late('ophis.runtime.faults').cancel_dump_traceback_later()
    _flush_std_files()
    late('ophis.vm.breaker').disable()
    _drop_program_registrations()
    if gc.isenabled():
        gc.collect()
    sysdict = sys.__dict__
    _builtins.__dict__['_'] = None
    for name in _SYS_DELETES:
        sysdict[name] = None
    for name in ('stdin', 'stdout', 'stderr'):
        sysdict[name] = sysdict.get('__' + name + '__')
    alive = _remove_program_modules()
    _restore_builtins()
    gc.collect()
    clear = late('ophis.runtime.program').clear_module_dict
    for ref in reversed(alive):
        module = ref()
        if module is not None:
            clear(module.__dict__)
        module = None
    _flush_std_files()
    _hand_over_to_host()


# The module whose clearing unfreezes the collector: the newest in
# sys.modules, so the first whose dictionary finalize_modules clears.
_THAW_MODULE = '_ophis_thaw'
# The dictionary finalize_modules empties (the interpreter's, which a
# program that rebinds sys.modules does not replace), taken when Ophis
# starts.
_HOST_MODULES = sys.modules


class _Thaw:
    """Unfreezes the collector when the host's finalization frees it (this
    module's globals are cleared before then: what it calls is bound)."""

    def __init__(self):
        self.unfreeze = gc.unfreeze

    def __del__(self):
        self.unfreeze()


class _Freezer:
    """Held as builtins._ from the end of Ophis's finalization (where None
    stood): the host's finalize_modules sets builtins._ to None before
    anything else, after PyGC_Collect; freeing this then freezes."""

    def __init__(self):
        self.finalizing = _host_is_finalizing
        self.isenabled = gc.isenabled
        self.frozen = gc.get_freeze_count
        self.freeze = gc.freeze
        self.modules = _HOST_MODULES
        self.module_type = type(sys)
        self.thaw = _Thaw

    def __del__(self):
        # Not in the host's finalization, gc disabled there (PyGC_Collect
        # did not collect what the module clearing left), or objects the
        # program froze: nothing to do.
        if not self.finalizing() or not self.isenabled() or self.frozen():
            return
        module = self.module_type(_THAW_MODULE)
        module.__dict__['_thaw'] = self.thaw()
        module.__dict__['module'] = module
        self.modules[_THAW_MODULE] = module
        self.freeze()


def _hand_over_to_host():
    """Spare the host's finalization one walk of everything Ophis and the
    launcher hold, which finds nothing of the program's.

    After the exit functions the host's Py_FinalizeEx collects once if gc
    is enabled (PyGC_Collect: the garbage the clearing above made, with
    gc.callbacks called), then finalize_modules sets builtins._ to None,
    restores builtins, empties sys.modules and collects
    (_PyGC_CollectNoFail: the host's modules, Ophis's and the launcher's,
    in cycles -- the program's modules are gone already), then clears the
    dictionaries of the modules still alive, newest first, then sys's and
    builtins', and collects a last time, where what those held in cycles
    is finalized.  So when builtins._ goes, everything is frozen --
    finalize_modules' first collection walks only what is made after it
    -- together with a module that holds itself and a _Thaw, put last in
    sys.modules: clearing its dictionary, the first of the modules still
    alive, unfreezes, so the program's objects that module clearing frees
    see the collector as before, and the last collection walks it all as
    before.

    Nothing is done when gc is disabled (PyGC_Collect does not run), nor
    when the program froze objects (CPython never collects them:
    unfreezing would let them go)."""
    if gc.isenabled() and not gc.get_freeze_count():
        _builtins.__dict__['_'] = _Freezer()


def _remove_program_modules():
    """Take the program's modules out of sys.modules, in import order; weak
    references to them (to clear those still alive after collecting)."""
    universe = late('ophis.importer.universe')
    modules = sys.modules
    alive = []
    for name, module in list(modules.items()):
        if name != '__main__' and (universe._is_start_up(name) or
                                   universe.is_shared(name, module)):
            continue
        if isinstance(module, type(sys)):
            alive.append(_weakref.ref(module))
        del modules[name]
    module = None
    return alive


def _restore_builtins():
    current = _builtins.__dict__
    for name in list(current):
        if name not in _builtins_copy:
            del current[name]
    for name, value in _builtins_copy.items():
        if current.get(name, current) is not value:
            current[name] = value


def _flush_std_files():
    for name in ('stdout', 'stderr'):
        stream = getattr(sys, name, None)
        if stream is None:
            continue
        try:
            if not stream.closed:
                stream.flush()
        except BaseException:
            pass
