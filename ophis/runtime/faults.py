"""faulthandler's own dumps as an Ophis program sees them.

CPython's faulthandler writes three kinds of dump by itself, in C: on a
signal given to register(), from a watchdog thread after
dump_traceback_later()'s timeout, and on a fatal signal once enable() has
run.  The host's C code walks the host's frames, which for Ophis code are
the eval loop's; so each is rebuilt here, in Python, from the frames the
program sees (ophis.runtime.tracedump writes CPython's text):

* register(): the dump runs as the program's signal handlers do, at an
  instruction boundary (ophis.vm.breaker), where Ophis frames can be
  walked -- or at once when the main thread is blocked in a host call, as
  CPython's C handler would.  chain=True then runs the handler that was
  in place before; signal.getsignal() keeps showing that one, as CPython's
  signal module never sees faulthandler's handlers.
* dump_traceback_later(): a watchdog thread started with _thread, so not
  in threading.enumerate(), and left out of sys._current_frames() and of
  the dumps (sysmod.HIDDEN_THREADS), as CPython's C thread is.
* enable(): a fatal signal arrives in C code, where no Python can run, so
  the host's handler stays installed for the faults Ophis cannot see
  coming (a crash inside an extension, ctypes): those dumps still show
  the host's frames.  The calls that raise a fatal signal in the calling
  thread on purpose -- os.abort(), signal.raise_signal(),
  os.kill(os.getpid(), ...) from the main thread, signal.pthread_kill() of
  the own thread, and faulthandler's crash helpers (_sigsegv, _sigabrt,
  _sigfpe, _read_null, _fatal_error_c_thread) -- are replaced by versions
  that write CPython's dump first, then uninstall the handler for that
  signal as CPython's does and let the host raise it: the same text, the
  same death by signal.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _imp
import _operator
import _signal
import _thread
import faulthandler as _faulthandler
import posix

from ophis.runtime import tracedump, signals
from ophis.runtime.sysmod import HIDDEN_THREADS
from ophis.vm import breaker
from ophis.vm.hostrefs import host_signal, host_getsignal

_host_enable = _faulthandler.enable
_host_disable = _faulthandler.disable
_host_is_enabled = _faulthandler.is_enabled
_host_register = _faulthandler.register
_host_unregister = _faulthandler.unregister
_host_sigsegv = _faulthandler._sigsegv
_host_sigabrt = _faulthandler._sigabrt
_host_sigfpe = _faulthandler._sigfpe
_host_read_null = _faulthandler._read_null
_host_fatal_error_c_thread = _faulthandler._fatal_error_c_thread
_host_abort = posix.abort
_host_kill = posix.kill
_host_raise_signal = _signal.raise_signal
_host_pthread_kill = _signal.pthread_kill

_MAIN_THREAD = _thread.get_ident()
_ModuleType = type(sys)

# The signals enable() handles, with the names CPython's dumps give them.
FATAL_SIGNALS = {}
for _name, _text in (('SIGBUS', 'Bus error'), ('SIGILL', 'Illegal instruction'),
                     ('SIGFPE', 'Floating point exception'),
                     ('SIGABRT', 'Aborted'),
                     ('SIGSEGV', 'Segmentation fault')):
    if hasattr(_signal, _name):
        FATAL_SIGNALS[getattr(_signal, _name)] = _text
del _name, _text


# --- arguments, as CPython's C argument parser takes them -----------------

def _parse(function, args, kwargs, names, required):
    """The values of the parameters called names (None when not given),
    with the C argument parser's errors."""
    if len(args) > len(names):
        raise TypeError(f'{function}() takes at most {len(names)} argument'
                        f'{"s" if len(names) != 1 else ""} '
                        f'({len(args)} given)')
    values = list(args) + [None] * (len(names) - len(args))
    given = [True] * len(args) + [False] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for "
                            f"{function}()")
        index = names.index(key)
        if given[index]:
            raise TypeError(f"argument for {function}() given by name "
                            f"('{key}') and position ({index + 1})")
        values[index] = value
        given[index] = True
    for index in range(required):
        if not given[index]:
            raise TypeError(f"{function}() missing required argument "
                            f"'{names[index]}' (pos {index + 1})")
    return values, given


def _c_int(value):
    """value as the C format 'i' converts it."""
    value = _operator.index(value)
    if not -0x8000000000000000 <= value <= 0x7fffffffffffffff:
        raise OverflowError('Python int too large to convert to C long')
    if value > 0x7fffffff:
        raise OverflowError('signed integer is greater than maximum')
    if value < -0x80000000:
        raise OverflowError('signed integer is less than minimum')
    return value


def _check_signum(signum):
    if signum in FATAL_SIGNALS:
        raise RuntimeError(f'signal {signum} cannot be registered, '
                           f'use enable() instead')
    if not 1 <= signum < _signal.NSIG:
        raise ValueError('signal number out of range')


# --- enable(): fatal signals -------------------------------------------------

# Where enable() dumps: descriptor, the file object it came from (kept
# alive, as CPython keeps it), all threads or the current one; and the
# fatal signals whose handler is still faulthandler's.
_fatal = {'fd': 2, 'file': None, 'all_threads': True, 'signals': set()}
if _host_is_enabled():
    # -X faulthandler, PYTHONFAULTHANDLER: enabled at start-up on stderr.
    _fatal['signals'].update(FATAL_SIGNALS)


def enable(*args, **kwargs):
    (file, all_threads), given = _parse(
        'enable', args, kwargs, ('file', 'all_threads'), 0)
    if not given[1]:
        all_threads = True
    _host_enable(file, all_threads)
    fd, keep = tracedump.file_descriptor(file)
    _fatal['fd'] = fd
    _fatal['file'] = keep
    _fatal['all_threads'] = bool(all_threads)
    _fatal['signals'].update(FATAL_SIGNALS)
    signals.replaced.difference_update(FATAL_SIGNALS)


def disable():
    _fatal['signals'].clear()
    _fatal['file'] = None
    return _host_disable()


def _is_extension(module):
    """Whether module was made by C code from a module definition (what
    CPython's dump lists): built-in and extension-file modules."""
    if not isinstance(module, _ModuleType):
        return False
    spec = module.__dict__.get('__spec__')
    origin = getattr(spec, 'origin', None) if spec is not None else None
    if not isinstance(origin, str):
        return False
    return origin == 'built-in' or origin.endswith(
        tuple(_imp.extension_suffixes()))


def extension_lines():
    """The 'Extension modules' line CPython's fatal dumps end with: the
    modules of sys.modules made by C code, less the standard library's."""
    stdlib = getattr(sys, 'stdlib_module_names', None)
    if not isinstance(stdlib, frozenset):
        stdlib = None
    names = []
    for name, module in list(sys.modules.items()):
        if not isinstance(name, str) or not _is_extension(module):
            continue
        if stdlib is not None and name in stdlib:
            continue
        names.append(tracedump._ascii(name))
    if not names:
        return []
    return ['\nExtension modules: ', ', '.join(names),
            f' (total: {len(names)})\n']


def _dumps_fatal(signum):
    return (signum in _fatal['signals'] and
            signum not in signals.replaced and _host_is_enabled())


def _fatal_signal(signum):
    """What CPython's handler does when signum is about to be raised in
    this thread: the dump, then the handler uninstalled for that signal,
    so that raising it again has the action set before enable()."""
    if not _dumps_fatal(signum):
        return
    try:
        lines = ['Fatal Python error: ', FATAL_SIGNALS[signum], '\n\n']
        lines += tracedump.thread_lines(_fatal['all_threads'],
                                        _thread.get_ident())
        lines += extension_lines()
        tracedump.write(_fatal['fd'], lines)
    finally:
        _fatal['signals'].discard(signum)
        _restore_action(signum)


def _restore_action(signum):
    previous = host_getsignal(signum)
    try:
        if previous is None:
            raise ValueError
        host_signal(signum, previous)
    except (ValueError, OSError, TypeError):
        # Not the main thread (only it may set handlers), or a handler
        # set by C code: every fatal handler goes, as the process ends.
        _host_disable()


def _fatal_error(function, message, current):
    """CPython's Py_FatalError: the message and every thread's frames on
    stderr, then abort() with faulthandler disabled."""
    lines = [f'Fatal Python error: {function}: {message}\n',
             'Python runtime state: initialized\n', '\n']
    lines += tracedump.thread_lines(True, current)
    lines += extension_lines()
    tracedump.write(2, lines)
    _host_disable()
    _host_abort()


def abort():
    _fatal_signal(_signal.SIGABRT)
    _host_abort()


def kill(pid, signal, /):
    if (signal in FATAL_SIGNALS and pid == posix.getpid() and
            _thread.get_ident() == _MAIN_THREAD):
        # The main thread takes a signal sent to the process (Linux
        # delivers it there first), before kill() returns.
        _fatal_signal(signal)
    return _host_kill(pid, signal)


def raise_signal(signalnum, /):
    if isinstance(signalnum, int) and signalnum in FATAL_SIGNALS:
        _fatal_signal(signalnum)
    return _host_raise_signal(signalnum)


def pthread_kill(thread_id, signalnum, /):
    if (isinstance(signalnum, int) and signalnum in FATAL_SIGNALS and
            thread_id == _thread.get_ident()):
        _fatal_signal(signalnum)
    return _host_pthread_kill(thread_id, signalnum)


def _sigsegv(release_gil=0, /):
    release_gil = _c_int(release_gil)
    _fatal_signal(_signal.SIGSEGV)
    return _host_sigsegv(release_gil)


def _sigabrt():
    _fatal_signal(_signal.SIGABRT)
    return _host_sigabrt()


def _sigfpe():
    _fatal_signal(_signal.SIGFPE)
    return _host_sigfpe()


def _read_null():
    # Reading address 0 raises SIGSEGV on the platforms Ophis runs on.
    _fatal_signal(_signal.SIGSEGV)
    return _host_read_null()


def _fatal_error_c_thread():
    # The error comes from a C thread with no Python frames: every thread
    # is shown, none as the current one.
    _fatal_error('faulthandler_fatal_error_thread', 'in new thread', None)


# --- register(): a dump on a user signal -------------------------------------

class _UserDump:
    """The handler register() installs (in breaker.handlers) and what it
    replaced."""

    __slots__ = ('fd', 'file', 'all_threads', 'chain', 'previous_host',
                 'previous_handler')

    def __call__(self, signum, frame):
        tracedump.write(self.fd, tracedump.thread_lines(
            self.all_threads, _thread.get_ident()))
        if self.chain:
            self._run_previous(signum, frame)

    def _run_previous(self, signum, frame):
        previous = self.previous_host
        if previous is breaker._record:
            handler = self.previous_handler
            if handler is _signal.default_int_handler:
                raise KeyboardInterrupt
            if callable(handler):
                handler(signum, frame)
        elif previous == _signal.SIG_DFL:
            # CPython raises the signal again with the previous action.
            host_signal(signum, _signal.SIG_DFL)
            try:
                _host_raise_signal(signum)
            finally:
                host_signal(signum, breaker._record)
        elif callable(previous):
            previous(signum, frame)


_user = {}
# Signals registered from another thread, with the host's register().
_host_user = set()


def register(*args, **kwargs):
    (signum, file, all_threads, chain), given = _parse(
        'register', args, kwargs, ('signum', 'file', 'all_threads', 'chain'),
        1)
    signum = _c_int(signum)
    _check_signum(signum)
    fd, keep = tracedump.file_descriptor(file)
    user = _user.get(signum)
    if user is None and _thread.get_ident() != _MAIN_THREAD:
        # Only the main thread may set a handler through the signal
        # module; CPython's register() works in any thread, so the host's
        # C handler is registered instead (its dumps show host frames).
        _host_register(signum, file, bool(all_threads) if given[2] else True,
                       bool(chain) if given[3] else False)
        _host_user.add(signum)
        return
    if user is None:
        user = _UserDump()
        shown = signals.getsignal(signum)
        previous_host = host_getsignal(signum)
        previous_handler = breaker.handlers.get(signum)
        host_signal(signum, breaker._record)
        user.previous_host = previous_host
        user.previous_handler = previous_handler
        breaker.handlers[signum] = user
        signals.shown[signum] = shown
        _user[signum] = user
    user.fd = fd
    user.file = keep
    user.all_threads = bool(all_threads) if given[2] else True
    user.chain = bool(chain) if given[3] else False


def unregister(signum, /):
    signum = _c_int(signum)
    _check_signum(signum)
    user = _user.pop(signum, None)
    if user is None:
        if signum in _host_user:
            _host_user.discard(signum)
            return _host_unregister(signum)
        return False
    previous = user.previous_host
    host_signal(signum, _signal.SIG_DFL if previous is None else previous)
    if previous is breaker._record and user.previous_handler is not None:
        breaker.handlers[signum] = user.previous_handler
    elif breaker.handlers.get(signum) is user:
        del breaker.handlers[signum]
    signals.shown.pop(signum, None)
    return True


# --- dump_traceback_later(): the watchdog ------------------------------------

_watchdog = {}

_NS_LIMIT = 1 << 63


def _timeout_us(timeout):
    """timeout in microseconds, rounded up as CPython's timeouts are, with
    its errors."""
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError('Invalid value NaN (not a number)')
        ns = timeout * 1e9
        whole = int(ns) if -1e300 < ns < 1e300 else None
        if whole is not None and whole != ns:
            whole += 1 if ns > 0 else -1
        if whole is None or not -_NS_LIMIT <= whole < _NS_LIMIT:
            raise OverflowError('timestamp out of range for platform time_t')
        ns = whole
    else:
        ns = _operator.index(timeout) * 1000000000
        if not -_NS_LIMIT <= ns < _NS_LIMIT:
            raise OverflowError('timestamp too large to convert to C _PyTime_t')
    us = -(-ns // 1000) if ns > 0 else 0
    if us <= 0:
        raise ValueError('timeout must be greater than 0')
    return us


def _format_timeout(us):
    seconds, us = divmod(us, 1000000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    fraction = f'.{us:06d}' if us else ''
    return f'Timeout ({hours}:{minutes:02d}:{seconds:02d}{fraction})!\n'


def dump_traceback_later(*args, **kwargs):
    (timeout, repeat, file, exit), given = _parse(
        'dump_traceback_later', args, kwargs,
        ('timeout', 'repeat', 'file', 'exit'), 1)
    us = _timeout_us(timeout)
    repeat = _c_int(repeat) if given[1] else 0
    fd, keep = tracedump.file_descriptor(file)
    exit = _c_int(exit) if given[3] else 0
    cancel_dump_traceback_later()
    cancel = _thread.allocate_lock()
    cancel.acquire()
    running = _thread.allocate_lock()
    running.acquire()
    seconds = min(us / 1e6, _thread.TIMEOUT_MAX)
    _watchdog['locks'] = (cancel, running)
    _watchdog['file'] = keep
    ident = _thread.start_new_thread(_watch, (
        cancel, running, seconds, bool(repeat), fd, _format_timeout(us),
        bool(exit)))
    HIDDEN_THREADS.add(ident)


def _watch(cancel, running, seconds, repeat, fd, header, exit):
    ident = _thread.get_ident()
    HIDDEN_THREADS.add(ident)
    try:
        while not cancel.acquire(True, seconds):
            # No thread is the current one: the watchdog is not shown.
            tracedump.write(fd, [header] + tracedump.thread_lines(True, None))
            if exit:
                posix._exit(1)
            if not repeat:
                break
    finally:
        HIDDEN_THREADS.discard(ident)
        running.release()


def cancel_dump_traceback_later():
    locks = _watchdog.pop('locks', None)
    _watchdog.pop('file', None)
    if locks is None:
        return
    cancel, running = locks
    cancel.release()
    # Wait until the watchdog has stopped, as CPython does.
    running.acquire()


def _after_fork_in_child():
    # The watchdog thread is not in the child.
    _watchdog.clear()
    HIDDEN_THREADS.clear()


posix.register_at_fork(after_in_child=_after_fork_in_child)


def replacements():
    """(module, name, function) for ophis.runtime.install()."""
    names = ('enable', 'disable', 'register', 'unregister',
             'dump_traceback_later', 'cancel_dump_traceback_later',
             '_sigsegv', '_sigabrt', '_sigfpe', '_read_null',
             '_fatal_error_c_thread')
    result = []
    for name in names:
        function = globals()[name]
        function.__doc__ = getattr(_faulthandler, name).__doc__
        result.append((_faulthandler, name, function))
    for module, name, function in (
            (posix, 'abort', abort), (posix, 'kill', kill),
            (_signal, 'raise_signal', raise_signal),
            (_signal, 'pthread_kill', pthread_kill)):
        function.__doc__ = getattr(module, name).__doc__
        result.append((module, name, function))
    os = sys.modules.get('os')
    if os is not None:
        result.append((os, 'abort', abort))
        result.append((os, 'kill', kill))
    return result
