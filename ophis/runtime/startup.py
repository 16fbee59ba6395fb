"""Making the host process look as CPython's start-up leaves it for a Config:
what CPython's init_interp_main and pymain do with the command line, done
after the fact in the process the ``ophis`` launcher started.

The host interpreter has already started with options of its own (none, or
those re-exec() gave it) and read the environment.  Most of what the Ophis
command line decides can be set afterwards: sys.flags, sys.argv and
friends, sys.path[0] and PYTHONPATH's entries, the standard streams
(rebuilt as CPython's create_stdio builds them, when -u, -E,
PYTHONIOENCODING or UTF-8 mode make them differ), the warnings filters,
faulthandler, tracemalloc, the int/str digit limit.  A few settings live
in the host's C core and cannot change once it runs: the hash seed, UTF-8
mode, -b's bytes warnings, development mode's C checks and
warn_default_encoding.  When the command asks for other values of these
than the host has, needs_reexec() says so and reexec() starts the host
again with the options that give them.
"""

import sys
import posix


def host_hash_seed():
    """The PYTHONHASHSEED the host started with (None: random)."""
    if sys.flags.ignore_environment:
        return None
    value = posix.environ.get(b'PYTHONHASHSEED')
    if not value or value == b'random':
        return None
    return int(value)


# Variables the host's C core acts on at start-up, which the program must
# not see acted on when the command ignores the environment (-E, -I).
_CORE_VARIABLES = (b'PYTHONHASHSEED', b'PYTHONDEVMODE',
                   b'PYTHONWARNDEFAULTENCODING', b'PYTHONUTF8')


def needs_reexec(config):
    flags = sys.flags
    seed = config.hash_seed if config.use_hash_seed else None
    return (seed != host_hash_seed()
            # The host would run its own interactive loop after the command.
            or flags.inspect
            or config.utf8_mode != flags.utf8_mode
            or config.bytes_warning != flags.bytes_warning
            or config.dev_mode != flags.dev_mode
            or config.warn_default_encoding != flags.warn_default_encoding)


def reexec(config, argv):
    """Replace this process by the host started with the options (and
    without the environment variables) that make its C core match config,
    running the ophis command on argv again.  Variables taken out of the
    host's environment are put back before the program runs."""
    options = ['-b'] * config.bytes_warning
    options += ['-X', f'utf8={config.utf8_mode}']
    if config.dev_mode:
        options += ['-X', 'dev']
    if config.warn_default_encoding:
        options += ['-X', 'warn_default_encoding']
    environ = dict(posix.environ)
    hidden = [b'PYTHONINSPECT']
    if config.ignore_environment:
        hidden += _CORE_VARIABLES
    elif not config.use_hash_seed:
        # -R: random hashes whatever the environment says.
        hidden.append(b'PYTHONHASHSEED')
    restore = {name: environ.pop(name) for name in hidden if name in environ}
    root = __file__.rpartition('/')[0].rpartition('/')[0].rpartition('/')[0]
    # The command runs from -c with Ophis's own directory first on sys.path
    # (apply() takes both out again).
    bootstrap = [f'import sys,posix;sys.path.insert(0,{root!r})']
    for name, value in restore.items():
        bootstrap.append(f'posix.putenv({name!r},{value!r});'
                         f'posix.environ[{name!r}]={value!r}')
    bootstrap.append(f'from ophis.cli import main;'
                     f'sys.exit(main(program={config.program_name!r},'
                     f'reexecuted=True))')
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    from ophis.runtime import identity
    executable = identity.HOST_EXECUTABLE
    posix.execve(executable, [executable] + options +
                 ['-c', ';'.join(bootstrap)] + list(argv), environ)


def apply(config, launcher, reexecuted=False):
    """Set the process up for config (after any re-exec)."""
    from ophis.runtime import flags, identity
    _fix_path(config, reexecuted)
    _split_warnoptions(config)
    sys.flags = flags.make_flags(config)
    sys.orig_argv = list(config.orig_argv)
    sys.argv = list(config.argv)
    sys.warnoptions = list(_warnoptions[1])
    sys._xoptions = dict(config.xoptions)
    sys.dont_write_bytecode = bool(config.dont_write_bytecode)
    sys.pycache_prefix = config.pycache_prefix
    digits = config.int_max_str_digits
    digits = 4300 if digits < 0 else digits
    if sys.get_int_max_str_digits() != digits:
        sys.set_int_max_str_digits(digits)
    _fix_stdio(config)
    _fix_faulthandler(config)
    _fix_tracemalloc(config)
    _reset_warning_filters(config)
    identity.apply(launcher)
    if not config.code_debug_ranges:
        # -X no_debug_ranges: code objects keep lines only.
        from ophis.bytecode import code
        code.DEBUG_RANGES[0] = False


def _fix_path(config, reexecuted):
    """Take the host's sys.path[0] out (the launcher's directory, the
    current directory under python3 -m ophis, '' and Ophis's directory
    after a re-exec; none under PYTHONSAFEPATH), and PYTHONPATH's entries
    when the command ignores the environment; run_program puts the
    program's sys.path[0] in front unless -P."""
    path = sys.path
    if reexecuted:
        del path[0]
    if not sys.flags.safe_path and path:
        del path[0]
    host_pythonpath = None
    if not sys.flags.ignore_environment:
        host_pythonpath = posix.environ.get(b'PYTHONPATH') or None
    if host_pythonpath is not None and config.pythonpath_env is None:
        count = len(host_pythonpath.split(b':'))
        del path[:count]


def _fix_stdio(config):
    """CPython's create_stdio, when the streams the host made differ from
    what config asks for."""
    wanted = (config.stdio_encoding, config.stdio_errors,
              config.buffered_stdio)
    stdout = sys.stdout
    current = None
    if stdout is not None:
        try:
            current = (stdout.encoding, stdout.errors,
                       not stdout.write_through)
        except AttributeError:
            return
    if current is not None and _same_encoding(current[0], wanted[0]) and \
            current[1:] == wanted[1:] and \
            (sys.stdin is None or (
                _same_encoding(sys.stdin.encoding, wanted[0]) and
                sys.stdin.errors == wanted[1])):
        return
    import _io
    streams = []
    for fd, name, mode in ((0, '<stdin>', 'r'), (1, '<stdout>', 'w'),
                           (2, '<stderr>', 'w')):
        old = getattr(sys, '__' + name[1:-1] + '__', None)
        if old is None:
            streams.append(None)
            continue
        try:
            old.flush()
        except Exception:
            pass
        streams.append(_create_stdio(_io, config, fd, name, mode))
    sys.stdin = sys.__stdin__ = streams[0]
    sys.stdout = sys.__stdout__ = streams[1]
    sys.stderr = sys.__stderr__ = streams[2]


def _same_encoding(a, b):
    import _codecs
    try:
        return _codecs.lookup(a).name == _codecs.lookup(b).name
    except LookupError:
        return a == b


def _create_stdio(_io, config, fd, name, mode):
    writing = mode == 'w'
    buffering = 0 if (not config.buffered_stdio and writing) else -1
    try:
        buffer = _io.open(fd, mode + 'b', buffering=buffering,
                          closefd=False)
    except OSError:
        return None
    raw = buffer if buffering == 0 else buffer.raw
    raw.name = name
    try:
        tty = raw.isatty()
    except OSError:
        tty = False
    line_buffering = config.buffered_stdio and (tty or fd == 2)
    errors = 'backslashreplace' if fd == 2 else config.stdio_errors
    stream = _io.TextIOWrapper(buffer, encoding=config.stdio_encoding,
                               errors=errors, newline='\n',
                               line_buffering=line_buffering,
                               write_through=not config.buffered_stdio)
    stream.mode = mode
    return stream


def _fix_faulthandler(config):
    import faulthandler
    if config.faulthandler and not faulthandler.is_enabled():
        faulthandler.enable()
    elif not config.faulthandler and faulthandler.is_enabled():
        faulthandler.disable()


def _fix_tracemalloc(config):
    import _tracemalloc
    if config.tracemalloc:
        if _tracemalloc.is_tracing() and \
                _tracemalloc.get_traceback_limit() != config.tracemalloc:
            _tracemalloc.stop()
        if not _tracemalloc.is_tracing():
            _tracemalloc.start(config.tracemalloc)
    elif _tracemalloc.is_tracing():
        # Stopped as if never started: the frame limit back to 1.
        _tracemalloc.stop()
        _tracemalloc.start(1)
        _tracemalloc.stop()


def _reset_warning_filters(config):
    """The filters the C warnings module starts with under config (the
    host's reflect the host's own start-up); sys.warnoptions are applied by
    init_warnings once the program's modules can be imported."""
    import _warnings
    # A release build's C warnings module starts with these, -X dev or not.
    filters = [
        ('default', None, DeprecationWarning, '__main__', 0),
        ('ignore', None, DeprecationWarning, None, 0),
        ('ignore', None, PendingDeprecationWarning, None, 0),
        ('ignore', None, ImportWarning, None, 0),
        ('ignore', None, ResourceWarning, None, 0),
    ]
    _warnings.filters[:] = filters
    _warnings._filters_mutated()


# The program's sys.warnoptions; the same without the invalid options the
# host's start-up has already reported (the host's warnings module read
# them from PYTHONWARNINGS): the warnings module applies the second, so
# that no message comes twice, and sys.warnoptions is the first again once
# it has.
_warnoptions = [[], []]


def _split_warnoptions(config):
    host = sys.modules.get('warnings')
    reported = []
    if host is not None:
        for option in sys.warnoptions:
            try:
                # Only to test the option: the filters are reset later.
                host._setoption(option)
            except host._OptionError:
                reported.append(option)
    applied = []
    for option in config.warnoptions:
        if option in reported:
            reported.remove(option)
        else:
            applied.append(option)
    _warnoptions[:] = [list(config.warnoptions), applied]
    _host_warnings[0] = host


_host_warnings = [None]


def init_warnings():
    """As CPython imports the warnings module at start-up when
    sys.warnoptions is set (it applies them).  Called once the program's
    import system is in place."""
    full, applied = _warnoptions
    if not full:
        return
    warnings = sys.modules.get('warnings')
    if warnings is None:
        # The program's warnings module, whose body applies
        # sys.warnoptions: imported through the program's import system
        # (an import statement here is Ophis's own, served from the
        # private registry, and would leave the program without it: the
        # host's C code then warns through filters without the options,
        # ``-S -bb`` or a site that imports no warnings).
        from ophis.vm.hostrefs import host_import
        host_import('warnings')
    elif warnings is _host_warnings[0]:
        # Loaded by the host's start-up, which applied the host's options.
        warnings._processoptions(applied)
    # else imported by the program's import system since apply(): it has
    # applied sys.warnoptions itself.
    sys.warnoptions = list(full)
