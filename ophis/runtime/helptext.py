"""The text of ``ophis -h`` and ``--help-env``, ``--help-xoptions``,
``--help-all``: CPython's usage line, then Ophis's own description of the
same options (loaded only when help is asked for)."""

from ophis.runtime.config import USAGE_LINE

_OPTIONS = """\
Options (environment variables with the same effect in brackets):
-b     : warn when bytes or bytearray are turned into str or compared with
         str; -bb makes those warnings errors
-B     : write no .pyc files when importing [PYTHONDONTWRITEBYTECODE]
-c cmd : run the program given as a string; ends the options
-d     : parser debugging output (accepted; Ophis prints none) [PYTHONDEBUG]
-E     : ignore every PYTHON* environment variable
-h     : show this text and exit (also -? and --help)
-i     : go on interactively once the program ends, even when stdin is not
         a terminal [PYTHONINSPECT]
-I     : isolated mode: -E, -P and -s together
-m mod : run a library module as the program; ends the options
-O     : drop assert statements and code under __debug__; .pyc files get
         .opt-1 [PYTHONOPTIMIZE]
-OO    : as -O, and drop docstrings as well; .pyc files get .opt-2
-P     : put no directory that may be unsafe at sys.path[0] [PYTHONSAFEPATH]
-q     : no version banner when starting interactively
-s     : leave the user site-packages directory off sys.path [PYTHONNOUSERSITE]
-S     : do not import the site module at start-up
-u     : write stdout and stderr unbuffered (stdin is unaffected)
         [PYTHONUNBUFFERED]
-v     : report each import; repeat for more detail [PYTHONVERBOSE]
-V     : print the version and exit (also --version); twice for build details
-W arg : a warnings filter, action:message:category:module:lineno
         [PYTHONWARNINGS]
-x     : skip the program's first line (for #! lines other systems need)
-X opt : an implementation option; --help-xoptions lists them
--check-hash-based-pycs always|default|never:
         when to check hash-based .pyc files against their source
--help-env     : the environment variables Ophis reads
--help-xoptions: the -X options
--help-all     : all of the above

Arguments:
file   : the program's file
-      : read the program from stdin (the default; interactive on a terminal)
arg ...: the program's arguments, in sys.argv[1:]
"""

_ENVIRONMENT = """\
Environment variables (all ignored under -E and -I):
PYTHONSTARTUP    : a file run before the first interactive prompt
PYTHONPATH       : directories (':'-separated) put in front of the default
                   module search path
PYTHONHOME       : the prefix of the standard library (or prefix:exec_prefix)
PYTHONSAFEPATH   : as -P
PYTHONPLATLIBDIR : the library directory name instead of sys.platlibdir
PYTHONCASEOK     : ignored on this platform
PYTHONIOENCODING : encoding[:errors] of stdin, stdout and stderr
PYTHONFAULTHANDLER: as -X faulthandler
PYTHONHASHSEED   : 'random', or an integer in [0; 4294967295] that fixes the
                   seed of str, bytes and datetime hashes (0 turns hash
                   randomization off)
PYTHONINTMAXSTRDIGITS: as -X int_max_str_digits
PYTHONMALLOC     : the memory allocator (read by the host interpreter)
PYTHONCOERCECLOCALE: 0 keeps the legacy C locale as it is
PYTHONBREAKPOINT : the callable that breakpoint() calls
PYTHONDEVMODE    : as -X dev
PYTHONPYCACHEPREFIX: as -X pycache_prefix
PYTHONWARNDEFAULTENCODING: as -X warn_default_encoding
PYTHONNODEBUGRANGES: as -X no_debug_ranges
PYTHONUTF8       : 1 or 0, as -X utf8
PYTHONPROFILEIMPORTTIME: as -X importtime
PYTHONTRACEMALLOC: as -X tracemalloc=N
PYTHONDEBUG, PYTHONDONTWRITEBYTECODE, PYTHONINSPECT, PYTHONNOUSERSITE,
PYTHONOPTIMIZE, PYTHONUNBUFFERED, PYTHONVERBOSE, PYTHONWARNINGS:
                   as the options named beside them in -h
"""

_XOPTIONS = """\
The -X options (each in sys._xoptions):
-X faulthandler   : dump the Python traceback on a fatal signal
-X showrefcount   : accepted (a debug-build option)
-X tracemalloc[=N]: trace memory allocations, keeping N frames (default 1)
-X importtime     : report how long each import takes
-X dev            : development mode: more checks, warnings shown,
                    faulthandler on
-X utf8[=0|1]     : UTF-8 mode on (or off)
-X pycache_prefix=PATH: keep .pyc files in a tree under PATH, not beside
                    the sources
-X warn_default_encoding: an EncodingWarning where open() and friends fall
                    back to the locale's encoding
-X no_debug_ranges: no column positions in code objects
-X frozen_modules=on|off: accepted (whether frozen modules are used)
-X int_max_str_digits=N: the limit on digits in int/str conversions
                    (0: none)
"""


def usage_help(program):
    return USAGE_LINE.format(program) + _OPTIONS


def long_help(name, program):
    if name == 'help-env':
        return _ENVIRONMENT
    if name == 'help-xoptions':
        return _XOPTIONS
    return '\n'.join((usage_help(program), _ENVIRONMENT, _XOPTIONS))
