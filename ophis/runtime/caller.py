"""Whether a replaced builtin was called by Ophis code or by host code."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.hostrefs import host_getframe
from ophis.vm.state import get_tstate
from ophis.vm.tracebacks import OPHIS_PREFIX


def ophis_frame(depth=2):
    """The running Ophis frame if the function depth-1 host frames up was
    called from Ophis's eval loop, else None.  (A replacement function
    calls this directly, so its caller is 2 host frames up.)"""
    frame = get_tstate().frame
    if frame is None:
        return None
    caller = host_getframe(depth)
    if caller.f_code.co_filename.startswith(OPHIS_PREFIX):
        return frame
    return None
