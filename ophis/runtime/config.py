"""The parsed command line and environment: one Config object, the part of
CPython's PyConfig (and PyPreConfig) that Ophis needs.

    config = parse_command_line(argv, program)

reads the options as CPython 3.11's config_parse_cmdline and its getopt do,
then the PYTHON* environment variables (unless -E or -I) as
config_read_env_vars does, and combines them with CPython's precedence.
Usage errors raise UsageError (the cli prints the message and the usage
lines, exit status 2); invalid values that CPython rejects with a fatal
error at start-up raise FatalError (exit status 1); -h, --help-* and -V
raise ShowAndExit.

Attribute names are CPython's: sys.flags fields where sys.flags has the
concept, PyConfig field names otherwise.  What each holds:

  sys.flags fields (ints unless noted; counts where the option repeats)
    debug                  -d, PYTHONDEBUG
    inspect                -i, PYTHONINSPECT (the REPL after the program)
    interactive            -i
    optimize               -O / -OO, PYTHONOPTIMIZE
    dont_write_bytecode    -B, PYTHONDONTWRITEBYTECODE (0 or 1)
    no_user_site           -s, -I, PYTHONNOUSERSITE
    no_site                -S
    ignore_environment     -E, -I
    verbose                -v, PYTHONVERBOSE (import tracing)
    bytes_warning          -b / -bb
    quiet                  -q (no REPL banner)
    hash_randomization     0 only when PYTHONHASHSEED=0 is in effect
    isolated               -I
    dev_mode               -X dev, PYTHONDEVMODE (bool)
    utf8_mode              -X utf8[=0|1], PYTHONUTF8, else the locale's default
    warn_default_encoding  -X warn_default_encoding, PYTHONWARNDEFAULTENCODING
    safe_path              -P, -I, PYTHONSAFEPATH (bool): no sys.path[0]
    int_max_str_digits     -X int_max_str_digits, PYTHONINTMAXSTRDIGITS (-1: default)

  PyConfig fields
    program_name           argv[0] of the command, for usage messages
    orig_argv              sys.orig_argv
    argv                   sys.argv as the program starts (before -m's runpy
                           replaces argv[0] with the module's path)
    run_command            -c's source, else None
    run_module             -m's module name, else None
    run_filename           the script's path, else None (neither: stdin)
    skip_source_first_line -x
    warnoptions            sys.warnoptions, in CPython's order: '-X dev''s
                           'default', PYTHONWARNINGS, -W options, -b's filter
    xoptions               sys._xoptions (name -> str, or True without '=')
    pycache_prefix         -X pycache_prefix=PATH, PYTHONPYCACHEPREFIX, or None
    buffered_stdio         False for -u, PYTHONUNBUFFERED
    stdio_encoding, stdio_errors
                           for sys.stdin/stdout (stderr's errors are always
                           'backslashreplace'): PYTHONIOENCODING, UTF-8 mode,
                           else the locale's
    pythonpath_env         PYTHONPATH, or None
    home                   PYTHONHOME, or None
    import_time            -X importtime, PYTHONPROFILEIMPORTTIME (bool)
    faulthandler           -X faulthandler, PYTHONFAULTHANDLER, -X dev (bool)
    tracemalloc            frames to trace: -X tracemalloc[=N], PYTHONTRACEMALLOC
    code_debug_ranges      False for -X no_debug_ranges, PYTHONNODEBUGRANGES
    use_frozen_modules     -X frozen_modules=on|off (recorded only)
    check_hash_pycs_mode   --check-hash-based-pycs: 'default', 'always', 'never'
    use_hash_seed, hash_seed
                           PYTHONHASHSEED as CPython reads it
    startup                PYTHONSTARTUP (the REPL runs it), or None

  Ophis's own
    parse_messages         what the option parser printed and went on
                           (printed once the command is sure to run)
    kind, target, args     what run_program takes: kind is 'c', 'm', 'file'
                           or 'stdin'; target the source, module name or path
"""

import sys

USAGE_LINE = ('usage: {0} [option] ... [-c cmd | -m mod | file | -] '
              '[arg] ...\n')
TRY_LINE = "Try `python -h' for more information.\n"

# The options of CPython 3.11's getopt; a ':' follows those taking a value.
_SHORT_OPTIONS = 'bBc:dEhiIJm:OPqRsStuvVW:xX:?'
_LONG_OPTIONS = {'check-hash-based-pycs': True, 'help-env': False,
                 'help-xoptions': False, 'help-all': False}


class UsageError(Exception):
    """A bad command line: the message goes before the usage lines."""


class FatalError(Exception):
    """A value CPython rejects with a fatal error at start-up; the message
    is what follows 'Fatal Python error: '; stage names the runtime state."""

    def __init__(self, message, stage='preinitialized', exception=None):
        super().__init__(message)
        self.stage = stage
        # 'Type: message' of the exception behind the error, if any.
        self.exception = exception


class ShowAndExit(Exception):
    """-h, --help-*, -V: what to print (on stdout) before exiting 0."""


class Config:
    """See the module docstring for the attributes."""

    def __init__(self):
        self.debug = 0
        self.inspect = 0
        self.interactive = 0
        self.optimize = 0
        self.dont_write_bytecode = 0
        self.no_user_site = 0
        self.no_site = 0
        self.ignore_environment = 0
        self.verbose = 0
        self.bytes_warning = 0
        self.quiet = 0
        self.hash_randomization = 1
        self.isolated = 0
        self.dev_mode = False
        self.utf8_mode = 0
        self.warn_default_encoding = 0
        self.safe_path = False
        self.int_max_str_digits = -1
        self.program_name = 'ophis'
        self.orig_argv = []
        self.argv = ['']
        self.run_command = None
        self.run_module = None
        self.run_filename = None
        self.skip_source_first_line = False
        self.warnoptions = []
        self.xoptions = {}
        self.pycache_prefix = None
        self.buffered_stdio = True
        self.stdio_encoding = None
        self.stdio_errors = None
        self.pythonpath_env = None
        self.home = None
        self.import_time = False
        self.faulthandler = False
        self.tracemalloc = 0
        self.code_debug_ranges = True
        self.use_frozen_modules = True
        self.check_hash_pycs_mode = 'default'
        self.use_hash_seed = False
        self.hash_seed = 0
        self.startup = None
        self.parse_messages = []
        self.kind = 'stdin'
        self.target = None
        self.args = ['']

    # The sys.flags fields in their order.
    FLAG_FIELDS = (
        'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
        'no_user_site', 'no_site', 'ignore_environment', 'verbose',
        'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
        'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
        'int_max_str_digits')

    def flag_values(self):
        return tuple(getattr(self, name) for name in self.FLAG_FIELDS)

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}'
                           for name, value in vars(self).items())
        return f'Config({fields})'


_current = [None]


def current():
    """The Config of the running program (None before the command sets
    it)."""
    return _current[0]


def set_current(config):
    _current[0] = config


# -- the command line -----------------------------------------------------

class _GetOpt:
    """CPython's _PyOS_GetOpt over one argument list."""

    def __init__(self, argv):
        self.argv = argv
        self.index = 0          # the next argument to look at
        self.rest = ''          # letters left in a cluster such as -OOc
        self.value = None
        self.long_name = None
        self.messages = []      # what CPython's getopt prints and goes on

    def next(self):
        """The next option letter (or a long option's name, or '--help'
        and '--version' as 'h' and 'V'), None at the end of the options;
        raises UsageError."""
        argv = self.argv
        if not self.rest:
            if self.index >= len(argv):
                return None
            arg = argv[self.index]
            if arg[:1] != '-' or arg == '-':
                return None
            if arg == '--':
                self.index += 1
                return None
            if arg == '--help':
                self.index += 1
                return 'h'
            if arg == '--version':
                self.index += 1
                return 'V'
            self.rest = arg[1:]
            self.index += 1
        option, self.rest = self.rest[0], self.rest[1:]
        if option == '-':
            if not self.rest:
                # A lone '-' inside a cluster ("-b-") ends the options.
                self.messages.append('expected long option\n')
                return None
            name, self.rest = self.rest, ''
            if name not in _LONG_OPTIONS:
                raise UsageError(f'unknown option {argv[self.index - 1]}')
            self.long_name = name
            if _LONG_OPTIONS[name]:
                if self.index >= len(argv):
                    raise UsageError(f'Argument expected for the '
                                     f'{argv[self.index - 1]} options')
                self.value = argv[self.index]
                self.index += 1
            return '--'
        if option == 'J':
            raise UsageError('-J is reserved for Jython')
        position = _SHORT_OPTIONS.find(option)
        if position < 0:
            # CPython prints the option as one byte (a C char): a byte
            # that is not ASCII is kept as a lone surrogate.
            byte = ord(option) & 0xff
            raise UsageError('Unknown option: -' + chr(
                byte if byte < 0x80 else 0xdc00 + byte))
        if option == ':':
            # In CPython's option string, but no option: usage alone.
            raise UsageError('')
        if _SHORT_OPTIONS[position + 1:position + 2] == ':':
            if self.rest:
                self.value, self.rest = self.rest, ''
            else:
                if self.index >= len(argv):
                    raise UsageError(
                        f'Argument expected for the -{option} option')
                self.value = argv[self.index]
                self.index += 1
        return option


def parse_command_line(argv, program='ophis', environ=None):
    """The Config for the arguments argv (without the program name);
    environ maps str names to str values (default: the process's)."""
    config = Config()
    config.program_name = program
    config.orig_argv = [program] + list(argv)
    getopt = _GetOpt(argv)
    warn_cmdline = []
    xoptions = []
    print_version = 0
    random_hashes = False
    while True:
        option = getopt.next()
        if option is None:
            break
        if option == 'c':
            config.run_command = getopt.value + '\n'
            break
        if option == 'm':
            config.run_module = getopt.value
            break
        if option == '--':
            name = getopt.long_name
            if name == 'check-hash-based-pycs':
                if getopt.value not in ('default', 'always', 'never'):
                    raise UsageError(
                        "--check-hash-based-pycs must be one of 'default', "
                        "'always', or 'never'")
                config.check_hash_pycs_mode = getopt.value
                continue
            from ophis.runtime import helptext
            raise ShowAndExit(helptext.long_help(name, program))
        if option in 'h?':
            from ophis.runtime import helptext
            raise ShowAndExit(helptext.usage_help(program))
        if option == 'b':
            config.bytes_warning += 1
        elif option == 'd':
            config.debug += 1
        elif option == 'i':
            config.inspect += 1
            config.interactive += 1
        elif option == 'I':
            config.isolated = 1
        elif option == 'E':
            config.ignore_environment = 1
        elif option == 'P':
            config.safe_path = True
        elif option == 'O':
            config.optimize += 1
        elif option == 'B':
            config.dont_write_bytecode = 1
        elif option == 's':
            config.no_user_site = 1
        elif option == 'S':
            config.no_site = 1
        elif option == 'u':
            config.buffered_stdio = False
        elif option == 'v':
            config.verbose += 1
        elif option == 'x':
            config.skip_source_first_line = True
        elif option == 'V':
            print_version += 1
        elif option == 'W':
            warn_cmdline.append(getopt.value)
        elif option == 'X':
            xoptions.append(getopt.value)
        elif option == 'q':
            config.quiet += 1
        elif option == 'R':
            # Randomized hashes whatever PYTHONHASHSEED says.
            random_hashes = True
        # -t is accepted and ignored, as in CPython 3.11.
    config.parse_messages = getopt.messages
    if print_version:
        version = sys.version if print_version >= 2 else \
            sys.version.split()[0]
        raise ShowAndExit(f'Python {version}\n')
    rest = argv[getopt.index:]
    if config.run_command is not None:
        config.kind, config.target = 'c', config.run_command
        config.argv = ['-c'] + rest
    elif config.run_module is not None:
        config.kind, config.target = 'm', config.run_module
        config.argv = ['-m'] + rest
    elif rest and rest[0] != '-':
        config.run_filename = rest[0]
        config.kind, config.target = 'file', rest[0]
        config.argv = list(rest)
    else:
        config.argv = list(rest) or ['']
    config.args = config.argv if config.kind != 'm' else rest
    for text in xoptions:
        name, equals, value = text.partition('=')
        config.xoptions[name] = value if equals else True
    if config.isolated:
        config.ignore_environment = 1
        config.safe_path = True
        config.no_user_site = 1
    if environ is None:
        environ = _environ()
    _read_environment(config, environ, warn_cmdline, random_hashes)
    return config


def _environ():
    import posix
    encoding = sys.getfilesystemencoding()
    errors = sys.getfilesystemencodeerrors()
    return {key.decode(encoding, errors): value.decode(encoding, errors)
            for key, value in posix.environ.items()}


# -- the environment and -X options --------------------------------------

def _read_environment(config, environ, warn_cmdline, random_hashes=False):
    use_env = not config.ignore_environment
    xoptions = config.xoptions

    def env(name):
        # An empty value counts as unset, as CPython's _Py_GetEnv has it.
        if not use_env:
            return None
        return environ.get(name) or None

    def env_flag(name, current):
        value = env(name)
        if value is None:
            return current
        # PYTHONDEBUG=text and PYTHONDEBUG=-2 count as 1.
        number = int(value) if _is_int(value) else 1
        if number < 0:
            number = 1
        return max(current, number)

    config.debug = env_flag('PYTHONDEBUG', config.debug)
    config.verbose = env_flag('PYTHONVERBOSE', config.verbose)
    config.optimize = env_flag('PYTHONOPTIMIZE', config.optimize)
    config.inspect = env_flag('PYTHONINSPECT', config.inspect)
    if env_flag('PYTHONDONTWRITEBYTECODE', 0):
        config.dont_write_bytecode = 1
    if env_flag('PYTHONNOUSERSITE', 0):
        config.no_user_site = 1
    if env_flag('PYTHONUNBUFFERED', 0):
        config.buffered_stdio = False
    if env('PYTHONSAFEPATH') is not None:
        config.safe_path = True

    # Pre-configuration: UTF-8 mode and development mode.
    if 'utf8' in xoptions:
        value = xoptions['utf8']
        if value is True or value == '1':
            config.utf8_mode = 1
        elif value == '0':
            config.utf8_mode = 0
        else:
            raise FatalError('preconfig_init_utf8_mode: invalid -X utf8 '
                             'option value', 'preinitializing')
    elif env('PYTHONUTF8') is not None:
        value = env('PYTHONUTF8')
        if value in ('0', '1'):
            config.utf8_mode = int(value)
        else:
            raise FatalError('preconfig_init_utf8_mode: invalid PYTHONUTF8 '
                             'environment variable value', 'preinitializing')
    else:
        config.utf8_mode = _locale_utf8_mode()
    config.dev_mode = 'dev' in xoptions or env('PYTHONDEVMODE') is not None

    seed = None if random_hashes else env('PYTHONHASHSEED')
    if seed is not None and seed != 'random':
        try:
            number = int(seed) if seed.isdigit() else -1
        except ValueError:
            number = -1
        if not 0 <= number <= 4294967295:
            raise FatalError('_Py_HashRandomization_Init: PYTHONHASHSEED '
                             'must be "random" or an integer in range '
                             '[0; 4294967295]', 'preinitialized')
        config.use_hash_seed, config.hash_seed = True, number
    config.hash_randomization = int(not config.use_hash_seed or
                                    config.hash_seed != 0)

    config.faulthandler = config.dev_mode or 'faulthandler' in xoptions or \
        env('PYTHONFAULTHANDLER') is not None
    config.import_time = 'importtime' in xoptions or \
        env('PYTHONPROFILEIMPORTTIME') is not None
    if 'no_debug_ranges' in xoptions or \
            env('PYTHONNODEBUGRANGES') is not None:
        config.code_debug_ranges = False
    if 'warn_default_encoding' in xoptions or \
            env('PYTHONWARNDEFAULTENCODING') is not None:
        config.warn_default_encoding = 1
    _read_tracemalloc(config, env)
    _read_int_max_str_digits(config, env)
    if 'frozen_modules' in xoptions:
        value = xoptions['frozen_modules']
        if value in (True, '', 'on'):
            config.use_frozen_modules = True
        elif value == 'off':
            config.use_frozen_modules = False
        else:
            raise FatalError('bad value for option -X frozen_modules '
                             '(expected "on" or "off")')
    if 'pycache_prefix' in xoptions:
        value = xoptions['pycache_prefix']
        # '-X pycache_prefix' and '-X pycache_prefix=' both mean none.
        config.pycache_prefix = value if value is not True and value else \
            None
    else:
        config.pycache_prefix = env('PYTHONPYCACHEPREFIX')
    config.pythonpath_env = env('PYTHONPATH')
    config.home = env('PYTHONHOME')
    config.startup = env('PYTHONSTARTUP')
    _read_stdio(config, env)

    # sys.warnoptions, lowest priority first (the warnings module puts
    # each later filter in front).
    warnoptions = []
    if config.dev_mode:
        warnoptions.append('default')
    pythonwarnings = env('PYTHONWARNINGS')
    if pythonwarnings is not None:
        warnoptions.extend(part for part in pythonwarnings.split(',')
                           if part)
    warnoptions.extend(warn_cmdline)
    if config.bytes_warning:
        warnoptions.append('error::BytesWarning' if config.bytes_warning > 1
                           else 'default::BytesWarning')
    config.warnoptions = warnoptions


def _is_int(text):
    text = text.strip()
    if text[:1] in '+-':
        text = text[1:]
    return text.isdigit()


def _read_tracemalloc(config, env):
    value = env('PYTHONTRACEMALLOC')
    if value is not None:
        number = int(value) if _is_int(value) else -1
        if number < 0:
            raise FatalError('config_init_tracemalloc: PYTHONTRACEMALLOC: '
                             'invalid number of frames')
        config.tracemalloc = number
    if 'tracemalloc' in config.xoptions:
        value = config.xoptions['tracemalloc']
        if value is True:
            number = 1
        else:
            number = int(value) if _is_int(value) else -1
        if number < 0:
            raise FatalError('config_init_tracemalloc: -X tracemalloc=NFRAME:'
                             ' invalid number of frames')
        config.tracemalloc = number
    if config.tracemalloc > 65535:
        raise FatalError("init_interp_main: can't initialize tracemalloc",
                         'core initialized', 'ValueError: the number of '
                         'frames must be in range [1; 65535]')


def _read_int_max_str_digits(config, env):
    def parse(text):
        if not _is_int(text):
            return None
        number = int(text)
        if number != 0 and number < 640:
            return None
        return number

    if 'int_max_str_digits' in config.xoptions:
        value = config.xoptions['int_max_str_digits']
        number = None if value is True else parse(value)
        if number is None:
            raise FatalError('config_init_int_max_str_digits: -X '
                             'int_max_str_digits: invalid limit; must be '
                             '>= 640 or 0 for unlimited.')
        config.int_max_str_digits = number
        return
    value = env('PYTHONINTMAXSTRDIGITS')
    if value is not None:
        number = parse(value)
        if number is None:
            raise FatalError('config_init_int_max_str_digits: '
                             'PYTHONINTMAXSTRDIGITS: invalid limit; must be '
                             '>= 640 or 0 for unlimited.')
        config.int_max_str_digits = number


def _locale_utf8_mode():
    """UTF-8 mode when neither -X utf8 nor PYTHONUTF8 says: CPython turns it
    on under the C or POSIX locale.  The host made the same choice at its
    start-up unless it was told explicitly (it has since coerced the
    locale, so its flag is the only witness)."""
    import posix
    told = 'utf8' in sys._xoptions or (
        not sys.flags.ignore_environment and posix.environ.get(b'PYTHONUTF8'))
    if not told:
        return sys.flags.utf8_mode
    return int(_ctype_locale() in ('C', 'POSIX'))


def _ctype_locale():
    try:
        import _locale
        return _locale.setlocale(_locale.LC_CTYPE, None)
    except Exception:
        return None


def _read_stdio(config, env):
    """CPython's config_init_stdio_encoding."""
    value = env('PYTHONIOENCODING')
    if value is not None:
        encoding, colon, errors = value.partition(':')
        if encoding:
            config.stdio_encoding = encoding
            # PYTHONIOENCODING=latin1 means latin1:strict.
            errors = errors or 'strict'
        config.stdio_errors = errors or None
    if config.stdio_encoding is None:
        config.stdio_encoding = 'utf-8' if config.utf8_mode else \
            _locale_encoding()
    import _codecs
    try:
        # The codec's own name, as CPython's config_get_codec_name gives.
        config.stdio_encoding = _codecs.lookup(config.stdio_encoding).name
    except LookupError:
        raise FatalError('init_stdio_encoding: failed to get the Python '
                         'codec name of the stdio encoding', 'core initialized')
    if config.stdio_errors is None:
        # surrogateescape in UTF-8 mode, in the legacy C and POSIX
        # locales, and in the targets of C-locale coercion.
        if config.utf8_mode or _ctype_locale() in (
                'C', 'POSIX', 'C.UTF-8', 'C.utf8', 'UTF-8'):
            config.stdio_errors = 'surrogateescape'
        else:
            config.stdio_errors = 'strict'


def _locale_encoding():
    try:
        import _locale
        return _locale.getencoding()
    except (ImportError, AttributeError):
        return 'utf-8'
