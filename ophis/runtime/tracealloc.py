"""tracemalloc's tracebacks as an Ophis program sees them.

tracemalloc's C hook records, at every allocation, the file name and line
of the host's frames (tstate->cframe), and runs no Python code there.  An
allocation made by Ophis code happens in the eval loop's host frames
(ophis/vm/loop.py, an ops_*.py handler); the Ophis frame that ran the
instruction is not a host frame, and nothing links the recorded lines to
it afterwards: the Ophis file and line of an allocation cannot be known
(doing so would take either C code or running every line of an Ophis
frame inside a host call of a stand-in frame whose code carries the
program's file and line -- a mode of the eval loop, not built).

What is exact, and done here: sizes, counts, peaks and totals are the
host's and right; and the frames the program sees are the ones it could
see with sys._getframe() -- host frames of Ophis's own files and the
launcher's frames outside the program are left out of the traces of
take_snapshot() and of get_object_traceback().  A trace left with no
frame gets CPython's frame for an allocation made with no Python frame,
("<unknown>", 0).  The program's tracemalloc module (Lib/tracemalloc.py,
run by Ophis) reads the raw traces through its names _get_traces and
_get_object_traceback, which ophis.importer.adjust points at these once it
has run (the program's _tracemalloc is a module object of its own); the
host's _tracemalloc, which embedded code and host code use, is patched by
install().
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import _tracemalloc

from ophis.vm.tracebacks import INTERNAL_FILES

_host_get_traces = _tracemalloc._get_traces
_host_get_object_traceback = _tracemalloc._get_object_traceback

# The frame CPython records when no Python frame is running.
_UNKNOWN = (('<unknown>', 0),)

# The host frame that runs the program: it and the frames outside it are
# the launcher's (ophis.runtime.program.run_program).
_PROGRAM_FILE = __file__.rpartition('/')[0] + '/program.py'


def program_frames(frames):
    """frames (innermost first, (filename, lineno) pairs) without Ophis's
    own and the launcher's."""
    kept = []
    for frame in frames:
        filename = frame[0]
        if filename == _PROGRAM_FILE:
            break
        if not filename.startswith(INTERNAL_FILES):
            kept.append(frame)
    return tuple(kept) if kept else _UNKNOWN


def _get_traces():
    traces = _host_get_traces()
    # The C module gives one tuple per distinct traceback: so does this.
    seen = {}
    result = []
    append = result.append
    for domain, size, frames, total in traces:
        entry = seen.get(frames)
        if entry is None:
            kept = program_frames(frames)
            # The recorded frames left out are not counted; those past the
            # limit, not recorded, are counted as the program's (the
            # depth of its stack is not known either).
            dropped = len(frames) - (0 if kept is _UNKNOWN else len(kept))
            entry = (kept, max(total - dropped, 1))
            seen[frames] = entry
        append((domain, size, entry[0], entry[1]))
    return result


def _get_object_traceback(obj, /):
    frames = _host_get_object_traceback(obj)
    if frames is None:
        return None
    return program_frames(frames)


def patch_module(module):
    """Make the program's tracemalloc module (ophis.importer.adjust) read
    its traces through these."""
    module._get_traces = _get_traces
    module._get_object_traceback = _get_object_traceback


def replacements():
    """(module, name, function) for ophis.runtime.install()."""
    result = []
    for name, function in (('_get_traces', _get_traces),
                           ('_get_object_traceback', _get_object_traceback)):
        function.__doc__ = getattr(_tracemalloc, name).__doc__
        result.append((_tracemalloc, name, function))
    return result
