"""The interactive session: CPython's pymain_run_stdin / pymain_repl and
PyRun_InteractiveLoop, run by Ophis.

    status = run(namespace, config, from_stdin=True)

shows the banner (unless -q), runs PYTHONSTARTUP, sets up line editing
(sys.__interactivehook__, see history.py), then reads statements in the
namespace (__main__'s) until the end of input: each one compiled as a
'single' statement (its expressions' values go to sys.displayhook), run,
and an uncaught exception shown by sys.excepthook, the session going on.
SystemExit ends the session with its status (exit() and quit() raise it).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

import sys
import _io
import posix

# ophis.repl.reader and ophis.repl.statement are loaded by the session
# itself (late): every -c, -m or file program imports this module to ask
# wants_inspect at its end, and those two cost 1.4M machine instructions.

# pyproject.toml's version
OPHIS_VERSION = '0.1.0'

# CPython's second banner line (COPYRIGHT in Modules/main.c), shown when
# the site module provides those names.
HELP_LINE = ('Type "help", "copyright", "credits" or "license" for more '
             'information.')


def banner(config=None):
    """The banner CPython's pymain_header shows, naming Ophis and the
    host."""
    text = f'Ophis {OPHIS_VERSION} on CPython {sys.version} on {sys.platform}\n'
    if not getattr(config, 'no_site', False):
        text += HELP_LINE + '\n'
    return text


def stdin_is_interactive(config=None):
    """CPython's stdin_is_interactive: a terminal, or -i."""
    if getattr(config, 'interactive', 0):
        return True
    try:
        return posix.isatty(0)
    except OSError:
        return False


def wants_inspect(config=None):
    """Whether a session follows a -c, -m or file program (pymain_repl):
    -i or PYTHONINSPECT (read at the end, so that the program can set it),
    with stdin interactive."""
    inspect = getattr(config, 'inspect', 0)
    if not inspect and not getattr(config, 'ignore_environment', 0):
        inspect = bool(_environment_variable('PYTHONINSPECT'))
    return bool(inspect) and stdin_is_interactive(config)


def _environment_variable(name):
    """The variable's value now (CPython calls getenv): os.environ, which
    the program may have changed, if it is loaded."""
    environ = getattr(sys.modules.get('os'), 'environ', None)
    if environ is not None:
        try:
            return environ.get(name)
        except BaseException:
            pass
    return posix.environ.get(name.encode())


def run(namespace, config=None, from_stdin=True):
    """The session; its exit status.  from_stdin: ``ophis`` or ``ophis -``
    (banner and PYTHONSTARTUP first), else after a program (-i)."""
    if from_stdin:
        if not getattr(config, 'quiet', 0):
            _write_stderr(banner(config))
        status = _run_startup(namespace, config)
        if status is not None:
            return status
    if not getattr(config, 'isolated', 0) and posix.isatty(0):
        _import_readline()
    status = _run_interactive_hook(config)
    if status is not None:
        return status
    return loop(namespace)


def loop(namespace):
    """PyRun_InteractiveLoop: statements until the end of input; the exit
    status (0, or a SystemExit's)."""
    if not hasattr(sys, 'ps1'):
        sys.ps1 = '>>> '
    if not hasattr(sys, 'ps2'):
        sys.ps2 = '... '
    statement = late('ophis.repl.statement')
    flags = 0
    while True:
        try:
            code = _read_statement(flags)
        except KeyboardInterrupt as error:
            _write_stderr('\n')
            outcome = _show(error)
            if outcome is not None:
                return outcome
            continue
        except SyntaxError as error:
            outcome = _show(error)
            if outcome is not None:
                return outcome
            continue
        if code is None:  # the end of input
            return 0
        flags |= code.co_flags & statement.FUTURE_MASK
        outcome = _execute(code, namespace)
        if outcome is not None:
            return outcome
        _flush()


def _prompt(name):
    """str(sys.ps1) or str(sys.ps2); '' if that fails."""
    value = getattr(sys, name, None)
    if value is None:
        return ''
    try:
        return str(value)
    except BaseException:
        return ''


def _read_statement(flags):
    """The next statement, compiled; None at the end of input before one
    began.  The end of input inside a statement ends it (CPython's parser
    then has its whole input), and the session goes on."""
    reader = late('ophis.repl.reader')
    statement = late('ophis.repl.statement')
    lines = []
    while True:
        prompt = _prompt('ps2') if lines else _prompt('ps1')
        try:
            line = reader.read_line(prompt)
        except EOFError:
            line = None
        except KeyboardInterrupt:
            error = statement.interrupted_in_string('\n'.join(lines), flags)
            if error is None:
                raise
            _write_stderr('\n')
            raise error from None
        if line is None:
            _write_stderr('\n')
            if not lines or statement.is_blank('\n'.join(lines)):
                return None
            return statement.compile_at_end('\n'.join(lines), flags)
        if not lines and not line.strip(' \t\f'):
            # An empty line at the primary prompt: nothing to run.
            continue
        if not line and not statement.is_blank('\n'.join(lines)) and \
                statement.ends_statement('\n'.join(lines)):
            lines.append(line)
            return statement.compile_after_empty_line('\n'.join(lines),
                                                      flags)
        lines.append(line)
        source = '\n'.join(lines)
        if statement.is_blank(source):
            lines = []
            continue
        code = statement.compile_statement(source, flags)
        if code is not None:
            return code


def _execute(code, namespace):
    """Run a statement; None, or the exit status if it raised SystemExit."""
    run_code = late('ophis.vm.loop').run_code
    state = late('ophis.runtime.program')._state
    # CPython's _Py_UnhandledKeyboardInterrupt, set again by each statement
    # run: if the last one ended in KeyboardInterrupt, the process ends by
    # SIGINT at exit.
    state['sigint_exit'] = False
    try:
        run_code(code, namespace, namespace)
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt):
            state['sigint_exit'] = True
        return _show(error)
    return None


def _show(error):
    """PyErr_Print: SystemExit ends the session (its status); anything
    else is shown by sys.excepthook, and the session goes on."""
    program = late('ophis.runtime.program')
    if isinstance(error, SystemExit):
        return program._system_exit_status(error)
    late('ophis.vm.tracebacks').clean_all(error)
    program._print_exception(error)
    _flush()
    return None


def _flush():
    for name in ('stderr', 'stdout'):
        stream = getattr(sys, name, None)
        if stream is not None:
            try:
                stream.flush()
            except BaseException:
                pass


def _write_stderr(text):
    stderr = getattr(sys, 'stderr', None)
    if stderr is not None:
        try:
            stderr.write(text)
            stderr.flush()
        except BaseException:
            pass


# -- before the first prompt --------------------------------------------------

def _startup_path(config):
    if config is not None and hasattr(config, 'startup'):
        return config.startup
    if sys.flags.ignore_environment:
        return None
    value = posix.environ.get(b'PYTHONSTARTUP')
    if not value:
        return None
    return value.decode(sys.getfilesystemencoding(), 'surrogateescape')


def _run_startup(namespace, config):
    """pymain_run_startup: the PYTHONSTARTUP file runs in __main__ with
    __file__ set; an error in it is shown and the session starts anyway,
    but SystemExit ends everything."""
    path = _startup_path(config)
    if not path:
        return None
    try:
        with _io.open(path, 'rb') as stream:
            source = stream.read()
    except OSError as error:
        _write_stderr('Could not open PYTHONSTARTUP\n')
        return _show(error)
    namespace['__file__'] = path
    namespace['__cached__'] = None
    try:
        try:
            code = late('ophis.runtime.compiling').compile_source(
                source, path, 'exec', 0, True)
        except BaseException as error:
            outcome = _show(error)
        else:
            outcome = _execute(code, namespace)
        if outcome is not None:
            return outcome
    finally:
        namespace.pop('__file__', None)
        namespace.pop('__cached__', None)
    _flush()
    return None


def _import_readline():
    """pymain_import_readline: with readline loaded, input() edits lines."""
    try:
        late('ophis.repl.history').load_readline()
    except ImportError:
        pass


def _run_interactive_hook(config):
    """pymain_run_interactive_hook: sys.__interactivehook__ (site's sets up
    readline; Ophis's own version keeps Ophis's history file)."""
    hook = getattr(sys, '__interactivehook__', None)
    if hook is None:
        return None
    history = late('ophis.repl.history')
    try:
        if history.is_site_hook(hook):
            history.register_readline()
        else:
            hook()
    except BaseException as error:
        _write_stderr('Failed calling sys.__interactivehook__\n')
        return _show(error)
    return None
