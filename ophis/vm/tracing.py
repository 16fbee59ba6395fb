"""sys.settrace and sys.setprofile for Ophis code (to be completed)."""


def set_trace(tstate, function):
    tstate.tracefunc = function


def set_profile(tstate, function):
    tstate.profilefunc = function


def note_frame_trace(frame):
    pass


def set_frame_lineno(frame, value):
    raise ValueError('f_lineno can only be set by a trace function')
