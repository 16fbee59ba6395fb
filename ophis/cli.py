"""The ``ophis`` command: CPython's command line, run by Ophis.

    ophis [option] ... [-c cmd | -m mod | file | -] [arg] ...

The program runs in a fresh ``__main__`` module set up as CPython sets it
up, with CPython's sys.argv and sys.path[0]; an uncaught exception is shown
by sys.excepthook (the host's prints CPython's format, stand-in frames
giving it the Ophis positions) and exits with status 1; SystemExit is
handled as CPython's handle_system_exit does.

Imports are lazy: ``ophis -c pass`` is measured against ``python3 -c
pass``.
"""

import sys

USAGE = ('usage: {0} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n'
         "Try `python -h' for more information.\n")

# Options that take no argument and that Ophis accepts (most only matter
# to the host, which has already started).
_FLAG_OPTIONS = set('bBdEhiIOqsSuvVx')


class _UsageError(Exception):
    pass


def _parse(argv):
    """(options, kind, target, args): kind is 'c', 'm', 'file' or 'stdin'."""
    options = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == '-' or not arg.startswith('-') or arg == '--':
            if arg == '--':
                i += 1
                if i >= len(argv):
                    return options, 'stdin', None, ['']
                arg = argv[i]
                return options, 'file', arg, argv[i:]
            if arg == '-':
                return options, 'stdin', None, ['-'] + argv[i + 1:]
            return options, 'file', arg, argv[i:]
        if arg.startswith('--'):
            if arg in ('--help', '--version'):
                options.append(arg)
                i += 1
                continue
            raise _UsageError(f'unknown option {arg}')
        j = 1
        while j < len(arg):
            letter = arg[j]
            if letter in 'cmWX':
                value = arg[j + 1:]
                if not value:
                    i += 1
                    if i >= len(argv):
                        raise _UsageError(
                            f'Argument expected for the -{letter} option')
                    value = argv[i]
                if letter == 'c':
                    return options, 'c', value, ['-c'] + argv[i + 1:]
                if letter == 'm':
                    return options, 'm', value, argv[i + 1:]
                options.append((letter, value))
                break
            if letter not in _FLAG_OPTIONS:
                raise _UsageError(f'Unknown option: -{letter}')
            options.append(letter)
            j += 1
        i += 1
    return options, 'stdin', None, ['']


def main(argv=None, compile_function=None):
    """Run the command line argv (default sys.argv[1:]); return the exit
    status.  compile_function replaces ophis.compile (test harnesses)."""
    program = sys.argv[0] if sys.argv else 'ophis'
    if argv is None:
        argv = sys.argv[1:]
    try:
        options, kind, target, args = _parse(argv)
    except _UsageError as error:
        sys.stderr.write(f'{error}\n' + USAGE.format(program))
        return 2
    if 'V' in options or '--version' in options:
        sys.stdout.write(f'Python {sys.version.split()[0]}\n')
        return 0
    if 'h' in options or '--help' in options:
        sys.stdout.write(USAGE.format(program).splitlines()[0] + '\n')
        return 0
    _apply_options(options)
    from ophis.runtime.program import run_program
    return run_program(kind, target, args, program, compile_function,
                       optimize=options.count('O'))


def _apply_options(options):
    for option in options:
        if option == 'u':
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.reconfigure(write_through=True)
                except (AttributeError, ValueError):
                    pass
        elif option == 'B':
            sys.dont_write_bytecode = True
        elif isinstance(option, tuple) and option[0] == 'W':
            sys.warnoptions.append(option[1])
            warnings = sys.modules.get('warnings')
            if warnings is not None:
                warnings._processoptions([option[1]])
        elif isinstance(option, tuple) and option[0] == 'X':
            name, _, value = option[1].partition('=')
            sys._xoptions[name] = value or True
