"""Line editing for the session: what site's register_readline (the default
sys.__interactivehook__) does for CPython, with Ophis's own history file.

Tab completes names and attributes through rlcompleter (imported as the
program would import it: CPython's session has it in sys.modules too);
~/.ophis_history is read at the start and written at exit, so Ophis's
history stays apart from CPython's ~/.python_history.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

import sys
import atexit
import posix

HISTORY_NAME = '.ophis_history'

# The qualified name of site's default hook.
_SITE_HOOK = 'enablerlcompleter.<locals>.register_readline'


def is_site_hook(hook):
    return getattr(hook, '__qualname__', None) == _SITE_HOOK and \
        getattr(hook, '__module__', None) == 'site'


def load_readline():
    """The readline module (loading it makes input() edit lines)."""
    return _program_import('readline')


def _program_import(name):
    module = sys.modules.get(name)
    if module is None:
        __import__ = late('ophis.vm.hostrefs').host_import
        __import__(name)
        module = sys.modules[name]
    return module


def history_file():
    home = posix.environ.get(b'HOME')
    if home:
        home = home.decode(sys.getfilesystemencoding(), 'surrogateescape')
    else:
        try:
            home = late('pwd').getpwuid(posix.getuid()).pw_dir
        except (ImportError, KeyError):
            return None
    return home.rstrip('/') + '/' + HISTORY_NAME


def register_readline():
    try:
        readline = load_readline()
        _program_import('rlcompleter')  # sets readline's completer
    except ImportError:
        return
    doc = getattr(readline, '__doc__', '') or ''
    if 'libedit' in doc:
        readline.parse_and_bind('bind ^I rl_complete')
    else:
        readline.parse_and_bind('tab: complete')
    try:
        readline.read_init_file()
    except OSError:
        pass
    if readline.get_current_history_length() != 0:
        # Someone (PYTHONSTARTUP) loaded a history already: leave it be.
        return
    path = history_file()
    if path is None:
        return
    try:
        readline.read_history_file(path)
    except OSError:
        pass

    def write_history():
        try:
            readline.write_history_file(path)
        except OSError:
            pass
    atexit.register(write_history)
