"""Builtins and sys pieces that need the VM.

One module universe (decision 3): ``import builtins`` and ``import sys`` in
Ophis code give the host's own modules, so the functions that must see Ophis
frames -- globals, locals, vars, dir, exec, eval, compile (and anext, whose
awaitable must drive Ophis coroutines: ophis.runtime.anext); sys._getframe,
exc_info, exception, settrace/gettrace, setprofile/getprofile,
setrecursionlimit/getrecursionlimit -- are replaced *in the host modules*
by install(), which the ``ophis`` command calls before running a program.

Each replacement looks at who called it.  If its caller is Ophis's eval
loop (Ophis code called it, perhaps through C code such as map()), it acts
on the running Ophis frame; if its caller is host Python code, it does what
the host's own function does for that host frame.  So host code that runs
inside an Ophis process (Ophis itself, a host-run library before the import
system runs the standard library under Ophis, pytest) keeps the host's
behaviour, while Ophis programs see CPython's.

What breaks if one patched naively, and why this design avoids it:

* ``builtins.super`` is not replaced: it is a type, and code checks
  ``isinstance(x, super)``.  Zero-argument super() is handled where the call
  happens (ophis.vm.ops_calls), which knows the calling frame.
* ``builtins.__build_class__`` stays the host's; LOAD_BUILD_CLASS gives Ophis
  code ophis.runtime.classes.build_class instead.
* ``__import__`` and ``breakpoint`` stay the host's: the import system
  (ophis.importer) works below them, in sys.meta_path, and Ophis's own
  modules import through builtins of their own (ophis.importer.own).
* The standard library runs under Ophis, so the program's warnings,
  threading and traceback modules are Ophis-run copies: they take the
  replaced _warnings.warn and _thread._excepthook when they are imported,
  and ophis.importer.adjust adjusts the traceback walkers, warnings'
  reissuing of C warnings and types' descriptor types once they have run.
  The host's own copies (loaded before the program started) are patched
  here too, for Ophis's host code.
* ``_signal.signal`` and ``getsignal`` are replaced so that a program's
  signal handlers run at instruction boundaries (ophis.vm.breaker).
* ``sys._current_frames`` and ``faulthandler.dump_traceback`` show the
  frames a program sees (ophis.runtime.sysmod, ophis.runtime.tracedump),
  and so do faulthandler's own dumps (register, dump_traceback_later,
  enable's fatal errors raised through os.abort, signal.raise_signal...:
  ophis.runtime.faults).
* ``_tracemalloc._get_traces`` and ``_get_object_traceback`` leave Ophis's
  own host frames out of the program's tracemalloc tracebacks
  (ophis.runtime.tracealloc).
* ``sys.addaudithook`` wraps the program's hook so that the audit events
  of the VM's own work (stand-in tracebacks, the second tier's compile
  and exec) do not reach it (ophis.runtime.sysmod.AuditHook).
* ``warnings.warn`` is replaced: the host's takes the warning's location
  from host frames (ophis.runtime.warn); so is ``io.text_encoding``, whose
  warning counts its stacklevel in frames.
* ``sys.unraisablehook`` and the default thread excepthook are wrapped
  (unless the program replaced them): an exception that left Ophis code
  for host code (a __del__, a thread's target) carries entries of the
  VM's own host frames, which the wrappers take out before the host's hooks
  print the traceback.
* The traceback module's walkers skip those entries too, for host code
  that formats a traceback itself (ophis.runtime.tbfilter).
* uninstall() restores the host's functions (tests use it).
"""

import builtins
import sys

_installed = []

_LATE_MODULES = (
    'ophis', 'ophis.runtime.classes', 'ophis.runtime.faults',
    'ophis.runtime.sysmod',
    'ophis.runtime.unraisable', 'ophis.vm.decode', 'ophis.vm.dispatch',
    'ophis.vm.frame', 'ophis.vm.function', 'ophis.vm.generators',
    'ophis.vm.hostrefs', 'ophis.vm.jumps', 'ophis.vm.loop',
    'ophis.vm.ops_match', 'ophis.vm.state', 'ophis.vm.tracebacks',
    'ophis.vm.tracing',
)


def install(compile_function=None):
    """Replace the host's builtins and sys functions with Ophis-aware ones;
    compile_function (by default ophis.compile) compiles source for exec,
    eval and compile()."""
    import _io
    import _signal
    import _warnings
    import faulthandler
    from ophis.runtime import scope, sysmod, compiling, signals, warn
    from ophis.runtime import tracedump, faults, tracealloc
    from ophis.runtime import anext, exitfuncs
    if compile_function is not None:
        compiling.set_compile(compile_function)
    if _installed:
        return
    replacements = [
        (builtins, 'globals', scope.globals_),
        (builtins, 'locals', scope.locals_),
        (builtins, 'vars', scope.vars_),
        (builtins, 'dir', scope.dir_),
        (builtins, 'exec', scope.exec_),
        (builtins, 'eval', scope.eval_),
        (builtins, 'compile', scope.compile_),
        (builtins, 'anext', anext.anext),
        (sys, '_getframe', sysmod.getframe),
        (sys, 'exc_info', sysmod.exc_info),
        (sys, 'exception', sysmod.exception),
        (sys, 'settrace', sysmod.settrace),
        (sys, 'gettrace', sysmod.gettrace),
        (sys, 'call_tracing', sysmod.call_tracing),
        (sys, 'setprofile', sysmod.setprofile),
        (sys, 'getprofile', sysmod.getprofile),
        (sys, '_current_frames', sysmod.current_frames),
        (sys, '_current_exceptions', sysmod.current_exceptions),
        (sys, 'is_finalizing', exitfuncs.is_finalizing),
        (sys, 'addaudithook', sysmod.addaudithook),
        (sys, 'setrecursionlimit', sysmod.setrecursionlimit),
        (sys, 'getrecursionlimit', sysmod.getrecursionlimit),
        (_signal, 'signal', signals.signal),
        (_signal, 'getsignal', signals.getsignal),
        (_warnings, 'warn', warn.warn),
        (_io, 'text_encoding', warn.text_encoding),
        (faulthandler, 'dump_traceback', tracedump.dump_traceback),
    ]
    replacements.extend(faults.replacements())
    replacements.extend(tracealloc.replacements())
    if 'io' in sys.modules:
        # The program shares the host's io (universe.START_UP), which took
        # text_encoding from _io before install() ran.
        replacements.append((sys.modules['io'], 'text_encoding',
                             warn.text_encoding))
    if 'warnings' in sys.modules:
        replacements.append((sys.modules['warnings'], 'warn', warn.warn))
        # Warnings issued by C code called from Ophis code (warn.showwarnmsg).
        warn.host_showwarnmsg = sys.modules['warnings']._showwarnmsg
        replacements.append((sys.modules['warnings'], '_showwarnmsg',
                             warn.showwarnmsg))
    import _thread
    from ophis.runtime import unraisable
    if sys.unraisablehook is sys.__unraisablehook__:
        # Both names: CPython's default hook is sys.__unraisablehook__, and
        # programs restore it from there.
        replacements.append((sys, 'unraisablehook',
                             unraisable.default_unraisablehook))
        replacements.append((sys, '__unraisablehook__',
                             unraisable.default_unraisablehook))
    replacements.append((_thread, '_excepthook',
                         unraisable.default_thread_excepthook))
    threading = sys.modules.get('threading')
    if threading is not None and threading.excepthook is \
            unraisable._host_thread_excepthook:
        replacements.append((threading, 'excepthook',
                             unraisable.default_thread_excepthook))
        replacements.append((threading, '__excepthook__',
                             unraisable.default_thread_excepthook))
    from ophis.vm.tracing import BUILTIN_STANDINS
    from ophis.vm.hostrefs import late
    # Load now what runtime code imports late, so that no import runs (and
    # no builtins.__import__ a program may replace) once the program does.
    for name in _LATE_MODULES:
        late(name)
    from ophis.runtime.standin import builtin
    standins = {}
    for module, name, function in replacements:
        original = getattr(module, name)
        _installed.append((module, name, original))
        # One stand-in per replacement: a hook installed under two names
        # (unraisablehook, __unraisablehook__) stays one object.
        standin = standins.get(function)
        if standin is None:
            standin = standins[function] = builtin(function, original)
        setattr(module, name, standin)
        BUILTIN_STANDINS.add(standin)
    sysmod.sync_recursion_limit()
    from ophis.runtime import tbfilter
    tbfilter.install()


def uninstall():
    from ophis.runtime import tbfilter
    tbfilter.uninstall()
    while _installed:
        module, name, original = _installed.pop()
        setattr(module, name, original)
