"""The eval breaker (decision 11): work that must wait for an instruction
boundary.

Ophis's own SIGINT handler (and any signal handler an Ophis program
installs) only records the signal and sets ``requested[0]``; the
instructions that check the breaker (RESUME, JUMP_BACKWARD, the calls) see
the flag and call service(), which runs the pending handlers there, so a
KeyboardInterrupt or a handler's exception is raised in the Ophis frame at
that instruction, with an Ophis traceback, and never in the middle of the
VM's own bookkeeping.
"""

import _signal

# Checked by the handlers as ``if requested[0]``: a list, so the check is
# one global lookup and one index.
requested = [False]

# Signal numbers received and not yet handled, oldest first.
_pending = []

# signum -> the program's handler (an Ophis function or any callable).
handlers = {}


def _record(signum, host_frame):
    _pending.append(signum)
    requested[0] = True


def service(frame):
    """Run what is pending at this instruction boundary of frame."""
    requested[0] = False
    while _pending:
        signum = _pending.pop(0)
        handler = handlers.get(signum, _signal.default_int_handler)
        if handler is _signal.default_int_handler:
            raise KeyboardInterrupt
        if callable(handler):
            handler(signum, frame)


def install_sigint():
    """Take SIGINT over for Ophis (the host's default handler would raise
    KeyboardInterrupt at any host instruction, inside the VM)."""
    current = _signal.getsignal(_signal.SIGINT)
    if current is _signal.default_int_handler:
        handlers[_signal.SIGINT] = _signal.default_int_handler
        _signal.signal(_signal.SIGINT, _record)


def uninstall_sigint():
    if _signal.getsignal(_signal.SIGINT) is _record:
        _signal.signal(_signal.SIGINT, _signal.default_int_handler)
    handlers.pop(_signal.SIGINT, None)
