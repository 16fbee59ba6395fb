"""Reading one line of interactive input, as CPython's PyOS_Readline does.

With stdin and stdout both terminals, the line is read by the builtin
input(): GNU readline's line editing, history and completion once the
readline module is loaded, the prompt shown by readline on the terminal.
Otherwise (input piped to ``ophis -i``), CPython's stdio reader: the prompt
goes to stderr, the line comes from sys.stdin.

Ctrl-C while reading: Ophis's SIGINT handler only records a signal that
arrives in Ophis's own code (the eval breaker runs the program's handler
at the next instruction boundary), which would leave readline waiting; so
while a line is read, SIGINT runs the program's handler at once, as the
C-level handler CPython's readline checks does: by default that raises
KeyboardInterrupt out of the read.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

import sys
import _signal
import posix


def is_terminal():
    """Whether the C-level stdin and stdout are terminals (CPython reads
    through readline only then)."""
    try:
        return posix.isatty(0) and posix.isatty(1)
    except OSError:
        return False


def _interrupted(signum, frame):
    handler = late('ophis.vm.breaker').handlers.get(
        signum, _signal.default_int_handler)
    if handler is _signal.default_int_handler:
        raise KeyboardInterrupt
    if callable(handler):
        handler(signum, None)


def read_line(prompt):
    """The next line, without its newline; EOFError at the end of input,
    KeyboardInterrupt for Ctrl-C."""
    breaker = late('ophis.vm.breaker')
    if breaker.requested[0]:
        # A signal recorded since the last instruction: handle it first.
        breaker.service(None)
    hostrefs = late('ophis.vm.hostrefs')
    # The host's own functions: the program sees signal.signal and
    # getsignal as CPython's, with Ophis's handlers hidden.
    previous = hostrefs.host_getsignal(_signal.SIGINT)
    ours = previous is breaker._record
    if ours:
        hostrefs.host_signal(_signal.SIGINT, _interrupted)
    try:
        if is_terminal():
            return _read_terminal(prompt)
        return _read_stdio(prompt)
    finally:
        if ours:
            hostrefs.host_signal(_signal.SIGINT, previous)


def _read_terminal(prompt):
    """input() on the process's own stdin and stdout (CPython's session
    reads the C-level streams, whatever sys.stdin and sys.stdout are)."""
    console_in, console_out = sys.__stdin__, sys.__stdout__
    if console_in is None or console_out is None:
        return input(prompt)
    saved = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = console_in, console_out
    try:
        return input(prompt)
    finally:
        if sys.stdin is console_in:
            sys.stdin = saved[0]
        if sys.stdout is console_out:
            sys.stdout = saved[1]


def _read_stdio(prompt):
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    # CPython's reader uses the C-level stdin and stderr.
    stderr = sys.__stderr__ or sys.stderr
    if prompt and stderr is not None:
        stderr.write(prompt)
        stderr.flush()
    stdin = sys.__stdin__ or sys.stdin
    if stdin is None:
        raise EOFError
    try:
        line = stdin.readline()
    except (OSError, ValueError):
        # stdin closed under the session: the end of input for CPython
        raise EOFError from None
    if not line:
        raise EOFError
    if line.endswith('\n'):
        line = line[:-1]
    return line
