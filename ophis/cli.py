"""The ``ophis`` command: CPython's command line, run by Ophis.

    ophis [option] ... [-c cmd | -m mod | file | -] [arg] ...

The command line and the PYTHON* environment variables are read into one
Config (ophis.runtime.config, CPython 3.11's rules and messages); the
process is then set up as CPython's start-up leaves it for that Config
(ophis.runtime.startup: sys.flags, sys.argv, sys.path[0], the standard
streams, warnings; the host is started again only for the few settings
that live in its C core) and made to say it is Ophis
(ophis.runtime.identity); ophis.runtime.program runs the program in a
fresh ``__main__``.

Imports are lazy: ``ophis -c pass`` is measured against ``python3 -c
pass``.
"""

import sys
import gc as _gc


# The first generation's threshold while Ophis sets itself up, from the
# command's start until the program's import system is in place (CPython's
# is 700; the program's site runs under ophis.importer.setup's threshold):
# importing Ophis's modules and installing its runtime make about 20,000
# containers that all live on, and at 700 they set off a young collection
# every 700 of them (some of the older generations', which walk the
# launcher's objects too), each finding nothing to free.
_SET_UP_THRESHOLD = 100000
# (the threshold set, the one to restore) while set-up holds collections.
_held = []


def hold_collections():
    """Raise the first generation's threshold for Ophis's set-up (a no-op
    while it is held already)."""
    if _held:
        return
    threshold = _gc.get_threshold()
    ours = (max(threshold[0], _SET_UP_THRESHOLD),) + threshold[1:]
    _gc.set_threshold(*ours)
    _held.append((ours, threshold))


def release_collections():
    """Give the threshold back, before any code of the program's runs (a
    no-op once given back; a threshold someone set meanwhile stays)."""
    if not _held:
        return
    ours, threshold = _held.pop()
    if _gc.get_threshold() == ours:
        _gc.set_threshold(*threshold)
    # What set-up made is over the first generation's threshold now: the
    # next allocation would walk all of it once, to find nothing.  It goes
    # to the oldest generation instead, unwalked (as site's objects do,
    # ophis.importer.setup.import_site), unless someone else froze objects
    # (unfreeze() would let them go too).
    if not _gc.get_freeze_count():
        _gc.freeze()
        _gc.unfreeze()


def _program_name(argv0):
    """The command's name for usage lines and sys.orig_argv[0]: the path
    the launcher was started as; the launcher's path when Ophis was started
    some other way (``python3 -m ophis``)."""
    from ophis.runtime import identity
    launcher = identity.find_launcher(argv0)
    name = argv0.rpartition('/')[2]
    if name.startswith('ophis') and not name.endswith('.py'):
        return argv0, launcher
    return launcher, launcher


def _write_stderr(text):
    """Text that may carry raw bytes as lone surrogates (CPython prints
    some option letters as single bytes)."""
    stream = sys.stderr
    try:
        stream.flush()
        stream.buffer.write(text.encode('utf-8', 'surrogateescape'))
        stream.buffer.flush()
    except (AttributeError, ValueError):
        stream.write(text)


def main(argv=None, compile_function=None, program=None, reexecuted=False):
    """Run the command line argv (default sys.argv[1:]); return the exit
    status.  compile_function replaces ophis.compile (test harnesses);
    program is the command's own name (default from sys.argv[0])."""
    hold_collections()
    try:
        return _main(argv, compile_function, program, reexecuted)
    finally:
        # Given back already when the program started (run_program).
        release_collections()


def _main(argv, compile_function, program, reexecuted):
    from ophis.runtime import config as configuration
    argv0 = program if program is not None else (
        sys.argv[0] if sys.argv else 'ophis')
    program, launcher = _program_name(argv0)
    if argv is None:
        argv = sys.argv[1:]
    try:
        config = configuration.parse_command_line(argv, program)
    except configuration.UsageError as error:
        message = f'{error}\n' if str(error) else ''
        _write_stderr(message + configuration.USAGE_LINE.format(program) +
                      configuration.TRY_LINE)
        return 2
    except configuration.FatalError as error:
        message = (f'Fatal Python error: {error}\n'
                   f'Python runtime state: {error.stage}\n')
        if error.exception:
            import _thread
            message += (f'{error.exception}\n\nCurrent thread '
                        f'0x{_thread.get_ident():016x} (most recent call '
                        'first):\n  <no Python frame>\n')
        else:
            message += '\n'
        _write_stderr(message)
        return 1
    except configuration.ShowAndExit as shown:
        sys.stdout.write(str(shown))
        return 0
    from ophis.runtime import startup
    if not reexecuted and startup.needs_reexec(config):
        startup.reexec(config, argv)
    if config.parse_messages:
        _write_stderr(''.join(config.parse_messages))
    # A ._pth file beside the launcher replaces sys.path and isolates, as
    # CPython's getpath does after reading the environment.
    from ophis.importer import pthfile
    pthfile.apply(config, launcher)
    startup.apply(config, launcher, reexecuted)
    configuration.set_current(config)
    if config.run_command is not None:
        try:
            config.run_command.encode('utf-8')
        except UnicodeEncodeError as error:
            # Undecodable bytes in the command (pymain_run_command).
            _write_stderr('Unable to decode the command from the command '
                          f'line:\nUnicodeEncodeError: {error}\n')
            return 1
    from ophis.runtime.program import run_program
    return run_program(config.kind, config.target, config.args, program,
                       compile_function, optimize=config.optimize,
                       config=config)
