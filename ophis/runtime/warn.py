"""warnings.warn as Ophis programs see it.

The host's warn is C code that takes the warning's location from the
host's frames; called by Ophis code, those are the VM's.  This replacement
finds the frame stacklevel levels up among the frames the program sees
(ophis.runtime.sysmod.frames_from) and hands the location to the host's
warn_explicit, as CPython's setup_context does."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _io
import _warnings

from ophis.vm.hostrefs import late, host_getframe

host_warn = _warnings.warn
host_warn_explicit = _warnings.warn_explicit
host_text_encoding = _io.text_encoding
host_showwarnmsg = None  # warnings._showwarnmsg, once install() has run


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
    return _warn_up(host_getframe(1), message, category, stacklevel, source)


def _warn_up(host_frame, message, category, stacklevel, source):
    """Issue the warning at the frame stacklevel levels up among the
    frames the program sees from host_frame outwards (1: the first)."""
    frames_from = late('ophis.runtime.sysmod').frames_from
    frames = frames_from(host_frame)
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
    return _warn_at(message, category, globals_, filename, lineno, source)


def text_encoding(*args, **kwargs):
    """io.text_encoding, whose EncodingWarning (under -X
    warn_default_encoding) is issued stacklevel frames up from its caller
    among the frames the program sees.  The host's would take them from
    the VM's host frames, and the warning, reissued from the innermost
    program frame (_reissued), would blame text_encoding's caller whatever
    stacklevel asked for (zipfile.Path.read_text passes 3)."""
    if kwargs or not args or args[0] is not None or \
            not sys.flags.warn_default_encoding:
        return host_text_encoding(*args, **kwargs)
    # The host checks the arguments (count, stacklevel's type) and says
    # what an error would; with an encoding given, it issues nothing.
    host_text_encoding('', *args[1:])
    stacklevel = args[1].__index__() if len(args) > 1 else 2
    warn("'encoding' argument not specified", EncodingWarning, stacklevel)
    return 'utf-8' if sys.flags.utf8_mode else 'locale'


def _warn_at(message, category, globals_, filename, lineno, source):
    """warn_explicit at a location whose module globals are globals_, with
    their registry and module name, as the C warnings code takes them."""
    registry = globals_.get('__warningregistry__')
    if registry is None:
        registry = globals_['__warningregistry__'] = {}
    module = globals_.get('__name__')
    if not (module is None or isinstance(module, str)):
        module = '<string>'
    return host_warn_explicit(message, category, filename, lineno, module,
                              registry, None, source)


def showwarnmsg(msg):
    """warnings._showwarnmsg of the host's warnings module, which the host's
    C warnings code calls to show a warning it decided to show (see
    _reissued)."""
    if not _reissued(msg):
        host_showwarnmsg(msg)


def patch_module(module):
    """Make a warnings module that Ophis ran (the program's copy, which C
    code finds in sys.modules) reissue warnings from C code as
    showwarnmsg does; the import system calls this once the module's code
    has run.

    A copy made over a fresh _warnings (test.support's
    import_fresh_module('warnings', fresh=['_warnings'])) gets the host's
    C warn from it, which would take the location from the VM's frames:
    it gets the replacement the program's _warnings has (the fresh
    module's functions are objects of their own, over the same C code)."""
    warn = module.__dict__.get('warn')
    if type(warn) is type(host_warn) and warn.__name__ == 'warn' and \
            getattr(warn.__self__, '__name__', None) == '_warnings' and \
            _warnings.warn is not host_warn:
        module.warn = _warnings.warn
    original = module._showwarnmsg

    def _showwarnmsg(msg):
        if not _reissued(msg):
            original(msg)

    _showwarnmsg.__doc__ = original.__doc__
    module._showwarnmsg = _showwarnmsg


def _reissued(msg):
    """Whether msg was issued again from the program's frame.

    A warning that C code issued (PyErr_WarnEx: NumPy's overflow warnings,
    an extension's deprecations) while Ophis code called it got its
    location from the host's top frame, one of the VM's handlers: its
    filters were matched against the VM's module and its once-per-location
    entry went to the VM's registry.  Such a warning is issued again from
    the innermost frame the program sees, which decides afresh (filters,
    registry) and shows it with the program's location."""
    if not msg.filename.startswith(
            late('ophis.vm.tracebacks').INTERNAL_FILES):
        return False
    frames_from = late('ophis.runtime.sysmod').frames_from
    # The C code's stacklevel counted host frames from the one that called
    # it (the caller of this hook's frame, which C code called directly)
    # to the blamed one: the same count among the program's frames is the
    # frame it means (2 for ssl.SSLContext's deprecations: the caller of
    # the Python function that called the C function).
    start = host_getframe(1).f_back
    issuer = start
    stacklevel = 1
    while issuer is not None and (issuer.f_code.co_filename != msg.filename
                                  or issuer.f_lineno != msg.lineno):
        issuer = issuer.f_back
        stacklevel += 1
    if issuer is None:
        # Not found where C code would have looked: take the first frame
        # of its file, at the innermost program frame there.
        issuer = host_getframe(1)
        while issuer is not None and \
                issuer.f_code.co_filename != msg.filename:
            issuer = issuer.f_back
        start = issuer
        stacklevel = 1
    if issuer is None or next(frames_from(start), None) is None:
        return False
    # Forget the VM location, so that the next warning from C code there
    # is decided again.
    issuer.f_globals.pop('__warningregistry__', None)
    issuer = None
    _warn_up(start, msg.message, msg.category, stacklevel, msg.source)
    return True
