"""warnings.warn as Ophis programs see it.

The host's warn is C code that takes the warning's location from the
host's frames; called by Ophis code, those are the VM's.  This replacement
finds the frame stacklevel levels up among the frames the program sees
(ophis.runtime.sysmod.frames_from) and hands the location to the host's
warn_explicit, as CPython's setup_context does."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _warnings

from ophis.vm.hostrefs import late, host_getframe

host_warn = _warnings.warn
host_warn_explicit = _warnings.warn_explicit


def _is_internal(frame):
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass, not '
                        f"'{type(category).__name__}'")
    frames_from = late('ophis.runtime.sysmod').frames_from
    frames = frames_from(host_getframe(1))
    frame = next(frames, None)
    skip_internal = not (stacklevel <= 0 or (
        frame is not None and _is_internal(frame)))
    while stacklevel > 1 and frame is not None:
        stacklevel -= 1
        frame = next(frames, None)
        while skip_internal and frame is not None and _is_internal(frame):
            frame = next(frames, None)
    if frame is None:
        globals_ = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    registry = globals_.get('__warningregistry__')
    if registry is None:
        registry = globals_['__warningregistry__'] = {}
    module = globals_.get('__name__')
    if not (module is None or isinstance(module, str)):
        module = '<string>'
    return host_warn_explicit(message, category, filename, lineno, module,
                              registry, None, source)
