"""Reporting an exception nobody can catch (CPython's
PyErr_WriteUnraisable): one raised while finalizing a generator, or by a
__del__ or weakref callback that Ophis runs itself."""

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
    return _args_type


def report(exc, obj, err_msg=None):
    """Pass exc, raised where obj was being finalized, to
    sys.unraisablehook."""
    from ophis.vm.tracebacks import clean
    clean(exc)
    args = _hook_args_type()((type(exc), exc, exc.__traceback__, err_msg,
                               obj))
    hook = getattr(sys, 'unraisablehook', None)
    if hook is None:
        hook = sys.__unraisablehook__
    try:
        hook(args)
    except BaseException:
        sys.__unraisablehook__(args)
