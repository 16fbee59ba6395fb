"""The eval breaker (decision 11): signals reach Ophis code only at
instruction boundaries.

Ophis installs its own host-level handler (_record) for every signal an
Ophis program handles, SIGINT included.  When the host calls it, it looks
at where the host was interrupted: in a host call made by an instruction
handler (an ``ops_*`` function blocked in time.sleep or a read), raising
there is that call raising, so the program's handler runs at once (the
default SIGINT handler raising KeyboardInterrupt); anywhere else -- the
eval loop's own bookkeeping, the generator machinery, a handler between
two host bytecodes -- the signal is only recorded and ``requested[0]``
set, and the instructions that check the breaker (RESUME, JUMP_BACKWARD,
the calls) run the pending handlers through service(), where CPython's
eval breaker would.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

import _signal
import _thread
import sys

# Checked by the handlers as ``if requested[0]``: a list, so the check is
# one global lookup and one index.
requested = [False]

# Signal numbers received and not yet handled, oldest first.
_pending = []

# signum -> the program's handler (an Ophis function or any callable, or
# the default SIGINT handler).
handlers = {}

_VM_DIR = __file__.rpartition('/')[0] + '/'
# The handler modules whose host calls may block (calls, iteration, with,
# awaiting): a signal that arrives while one of them is in a host call runs
# its handler there, as a C function blocked in a system call (time.sleep,
# a read, lock.acquire) lets CPython run it.  The other handlers' host calls
# (operators, attribute and name lookups, building containers) do not
# block, and CPython would run the handler at the next eval-breaker check.
# The file name of the second tier's compiled blocks (ophis.vm.tier2): they
# call host builtins as CALL's handler does.
BLOCK_FILE = _VM_DIR + 'tier2/<block>'
# The blocks' call-site helper (ophis.vm.tier2.callsite): its one
# CALL_FUNCTION_EX is the program's call of a class the host constructs;
# its other calls are bookkeeping.
CALLSITE_FILE = _VM_DIR + 'tier2/callsite.py'
_BLOCKING_HANDLERS = tuple(_VM_DIR + name + '.py' for name in (
    'ops_calls', 'ops_control', 'ops_exceptions', 'ops_generators')) + (
    BLOCK_FILE, CALLSITE_FILE)
_OPHIS_PREFIX = __file__.rpartition('/')[0].rpartition('/')[0] + '/'


# Host 3.11 opcodes of a call in progress (CALL, CALL_FUNCTION_EX).
_HOST_CALLS = (171, 142)
_HOST_CALL_FUNCTION_EX = 142


def _record(signum, host_frame):
    if host_frame is not None:
        filename = host_frame.f_code.co_filename
        if not filename.startswith(_OPHIS_PREFIX) or (
                filename in _BLOCKING_HANDLERS and
                (opcode := host_frame.f_code.co_code[host_frame.f_lasti])
                in _HOST_CALLS
                and (filename != BLOCK_FILE or _calls_guest(host_frame))
                and (filename != CALLSITE_FILE
                     or opcode == _HOST_CALL_FUNCTION_EX)):
            # Host code that is not Ophis's (a host-run library), or an
            # instruction handler in a host call (blocked in time.sleep, a
            # read...): raising here is that code raising.
            _run_handler(signum, host_frame)
            return
    _pending.append(signum)
    requested[0] = True


# Host 3.11 opcodes of a compiled block's call of what the program called
# (``s3 = s1(s2)``: PUSH_NULL, the callable and the arguments from slot
# variables, PRECALL and its cache entry, CALL).
_HOST_PUSH_NULL = 2
_HOST_LOAD_FAST = 124
_HOST_PRECALL = 166


def _calls_guest(host_frame):
    """Whether a compiled block (ophis.vm.tier2) is at a call of the
    program's own callable (a builtin the program called, blocked in
    time.sleep or a read, or just returned from it) rather than at one of
    its own bookkeeping calls (the frame of a callee it makes or runs
    directly, reference counts, lookups): CPython would run a handler at
    the former, and only at its next check after the latter."""
    code = host_frame.f_code
    raw = code.co_code
    at = host_frame.f_lasti
    start = at - 4 - 2 * (raw[at + 1] + 1)
    if start < 2 or raw[at - 4] != _HOST_PRECALL or \
            raw[start - 2] != _HOST_PUSH_NULL:
        return False
    for offset in range(start, at - 4, 2):
        if raw[offset] != _HOST_LOAD_FAST:
            return False
    name = code.co_varnames[raw[start + 1]]
    return name[:1] == 's' and name[1:].isdigit()


def _run_handler(signum, frame):
    handler = handlers.get(signum)
    if handler is None:
        # The program set SIG_IGN or SIG_DFL after the signal arrived and
        # before its handler could run (a thread sending signals while
        # signal.signal switches handlers).  The signal is gone; CPython
        # reports that as unraisable rather than acting on the new
        # setting, and so does Ophis.
        report = late('ophis.runtime.unraisable').report
        report(OSError(f'Signal {signum} ignored due to race condition'),
               None)
        return
    if handler is _signal.default_int_handler:
        raise KeyboardInterrupt
    if callable(handler):
        get_tstate = late('ophis.vm.state').get_tstate
        current = get_tstate().frame
        handler(signum, current if current is not None else frame)


def service(frame):
    """Run the pending signal handlers at this instruction boundary."""
    if _finalizing:
        # Signal handling is off; every check comes here.
        if _thread.get_ident() != _finalizing[0]:
            _stop_thread()
        return
    requested[0] = False
    while _pending:
        _run_handler(_pending.pop(0), frame)


# The thread finalizing the program, once it has begun
# (ophis.runtime.exitfuncs).  As CPython's threads stop for good when they
# next take the GIL once the runtime is finalizing, the others (daemon
# threads) stop at their next check, before the program's modules are
# cleared under them.
_finalizing = []


def stop_other_threads():
    _finalizing.append(_thread.get_ident())
    requested[0] = True


def disable():
    """Signal handling ends before the program's last collections (CPython's
    _PySignal_Fini, right after the exit functions and the flush of the
    standard streams): the program's handlers and the signals still
    pending are dropped.  Ophis's host-level handler stays installed, so a
    signal that reaches it afterwards (``_thread.interrupt_main()`` in a
    finalizer) finds no handler and is reported as ignored, as CPython
    reports a signal tripped after its handlers were cleared.  faulthandler's
    register() dumps stay: CPython's are C handlers, removed later."""
    faults = sys.modules.get('ophis.runtime.faults')
    dumps = faults._user if faults is not None else {}
    for signum in list(handlers):
        if dumps.get(signum) is not handlers[signum]:
            del handlers[signum]
    _pending.clear()


def _stop_thread():
    lock = _thread.allocate_lock()
    lock.acquire()
    lock.acquire()


def install_sigint():
    """Take SIGINT over for Ophis (the host's default handler would raise
    KeyboardInterrupt at any host instruction, inside the VM)."""
    current = _signal.getsignal(_signal.SIGINT)
    if current is _signal.default_int_handler:
        handlers[_signal.SIGINT] = _signal.default_int_handler
        host_signal = late('ophis.vm.hostrefs').host_signal
        host_signal(_signal.SIGINT, _record)


def uninstall_sigint():
    if _signal.getsignal(_signal.SIGINT) is _record:
        _signal.signal(_signal.SIGINT, _signal.default_int_handler)
    handlers.pop(_signal.SIGINT, None)
