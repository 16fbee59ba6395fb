"""Reporting an exception nobody can catch (CPython's
PyErr_WriteUnraisable): one raised while finalizing a generator, or by a
__del__ or weakref callback that Ophis runs itself."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

import sys

_args_type = None


def _hook_args_type():
    """The host's UnraisableHookArgs type (it has no public name): caught
    once from the host's own unraisable path."""
    global _args_type
    if _args_type is None:
        caught = []
        saved = sys.unraisablehook
        sys.unraisablehook = caught.append

        class _Probe:
            def __del__(self):
                raise ValueError

        try:
            _Probe()
        finally:
            sys.unraisablehook = saved
        _args_type = type(caught[0])
        # The probe's args hold its traceback, whose frames lead back here
        # to this list: a cycle through an UnraisableHookArgs, which the
        # collector does not track, that would keep the exception being
        # reported (and its frames' globals) alive for good.
        caught.clear()
    return _args_type


def report(exc, obj, err_msg=None):
    """Pass exc, raised where obj was being finalized, to
    sys.unraisablehook."""
    tracebacks = late('ophis.vm.tracebacks')
    tracebacks.clean_all(exc)
    if exc.__traceback__ is None:
        # As CPython's write_unraisable: an exception raised outside any
        # frame of the program (a generator finalized as its last
        # reference goes) gets the running frame's traceback entry.
        frame = late('ophis.vm.state').get_tstate().frame
        if frame is not None:
            live_lasti = late('ophis.vm.frame').live_lasti
            tracebacks.add_entry(exc, frame, live_lasti(frame))
    args = _hook_args_type()((type(exc), exc, exc.__traceback__, err_msg,
                               obj))
    hook = getattr(sys, 'unraisablehook', None)
    if hook is None:
        hook = sys.__unraisablehook__
    try:
        hook(args)
    except BaseException:
        sys.__unraisablehook__(args)


def _cleaned(args):
    """args with the VM's frames taken out of the traceback, and a bound
    method of an Ophis function (a __del__ the host called) shown as the
    function, as CPython shows it."""
    strip_internal = late('ophis.vm.tracebacks').strip_internal
    MethodType = late('ophis.vm.hostrefs').MethodType
    Function = late('ophis.vm.function').Function
    tb = args.exc_traceback
    if tb is not None:
        tb = strip_internal(tb)
        if args.exc_value is not None:
            args.exc_value.__traceback__ = tb
    if args.exc_value is not None:
        late('ophis.vm.tracebacks').clean_all(args.exc_value)
    shown = args.object
    if type(shown) is MethodType and type(shown.__func__) is Function:
        shown = shown.__func__
    return _hook_args_type()((args.exc_type, args.exc_value, tb,
                              args.err_msg, shown))


def default_unraisablehook(args, /):
    """The host's sys.__unraisablehook__, shown tracebacks of Ophis
    frames without the VM's own host frames."""
    _host_unraisablehook(_cleaned(args))


# Taken before ophis.runtime.install() makes sys.__unraisablehook__ the
# wrapper above (a program restoring the default hook gets the wrapper).
_host_unraisablehook = sys.__unraisablehook__


def default_thread_excepthook(args, /):
    """The host's default threading.excepthook, with the VM's frames taken
    out of the traceback."""
    import _thread
    strip_internal = late('ophis.vm.tracebacks').strip_internal
    tb = args.exc_traceback
    if tb is not None:
        tb = strip_internal(tb)
        if args.exc_value is not None:
            args.exc_value.__traceback__ = tb
    if args.exc_value is not None:
        late('ophis.vm.tracebacks').clean_all(args.exc_value)
    return _host_thread_excepthook(args)


import _thread as _thread_module
_host_thread_excepthook = _thread_module._excepthook

# Named as the host's hooks they stand for: code that sorts a module's
# names by __module__ (test.support.check__all__ on threading) or prints
# the hook's name sees CPython's.
for _hook, _host in ((default_unraisablehook, _host_unraisablehook),
                     (default_thread_excepthook, _host_thread_excepthook)):
    _hook.__module__ = _host.__module__
    _hook.__name__ = _hook.__qualname__ = _host.__name__
del _hook, _host
