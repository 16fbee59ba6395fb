"""signal.signal and signal.getsignal as Ophis programs see them: a
program's handler is kept by the eval breaker (ophis.vm.breaker), which
runs it at an instruction boundary, and the host runs only Ophis's own
recording handler."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import _signal

from ophis.vm import breaker
from ophis.runtime.caller import ophis_frame
from ophis.vm.hostrefs import host_signal, host_getsignal

# For faulthandler (ophis.runtime.faults), whose handlers CPython's signal
# module never sees: what getsignal() shows for a signal register() took
# over (the setting before it), and the signals set here since enable(),
# whose sigaction replaced faulthandler's fatal-signal handler.
shown = {}
replaced = set()

def signal(signalnum, handler, /):
    """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values.

*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""
    previous = getsignal(signalnum)
    if handler in (_signal.SIG_DFL, _signal.SIG_IGN) or not callable(handler):
        host_signal(signalnum, handler)
        breaker.handlers.pop(signalnum, None)
    else:
        host_signal(signalnum, breaker._record)
        breaker.handlers[signalnum] = handler
    shown.pop(signalnum, None)
    replaced.add(signalnum)
    return previous


def getsignal(signalnum, /):
    """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""
    current = host_getsignal(signalnum)
    if signalnum in shown:
        return shown[signalnum]
    if current is breaker._record:
        return breaker.handlers.get(signalnum, _signal.default_int_handler)
    return current
