"""faulthandler.dump_traceback as Ophis code sees it.

The host's faulthandler is C: it walks the host's frames, which for Ophis
code are the eval loop's own (a handler such as CALL in ophis/vm).  This
one writes the same text from the frames a program sees
(ophis.runtime.sysmod.frames_from).  Only the explicit call is replaced:
the dumps faulthandler writes from a signal handler or its watchdog thread
(enable, register, dump_traceback_later) must run without the GIL, in C,
and still show the host's frames (docs/extensions.md).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _thread
import faulthandler as _faulthandler
import posix

from ophis.runtime.sysmod import frames_from, _host_current_frames

_host_dump_traceback = _faulthandler.dump_traceback

# CPython's limits (Python/traceback.c).
_MAX_STRING_LENGTH = 500
_MAX_FRAME_DEPTH = 100
_MAX_NTHREADS = 100


def _ascii(text):
    """Text as CPython's _Py_DumpASCII writes it: printable ASCII as is,
    other characters as escapes, long strings cut."""
    cut = len(text) > _MAX_STRING_LENGTH
    if cut:
        text = text[:_MAX_STRING_LENGTH]
    if text.isascii() and text.isprintable():
        out = text
    else:
        parts = []
        for char in text:
            code = ord(char)
            if 32 <= code <= 126:
                parts.append(char)
            elif code <= 0xff:
                parts.append(f'\\x{code:02x}')
            elif code <= 0xffff:
                parts.append(f'\\u{code:04x}')
            else:
                parts.append(f'\\U{code:08x}')
        out = ''.join(parts)
    return out + '...' if cut else out


def _frame_lines(frames):
    lines = []
    for depth, frame in enumerate(frames):
        if depth >= _MAX_FRAME_DEPTH:
            lines.append('  ...\n')
            break
        code = frame.f_code
        filename = code.co_filename
        filename = _ascii(filename) if isinstance(filename, str) else '???'
        lineno = frame.f_lineno
        line = '???' if lineno is None or lineno < 0 else str(lineno)
        lines.append(f'  File "{filename}", line {line} in '
                     f'{_ascii(code.co_name)}\n')
    return lines


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread, or of all threads if
all_threads is True, into file."""
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if file < 0:
            # The host's error for a bad descriptor.
            return _host_dump_traceback(file, all_threads)
        fd = file
    else:
        fd = file.fileno()
        if not isinstance(fd, int) or fd < 0:
            return _host_dump_traceback(file, all_threads)
        file.flush()
    current = _thread.get_ident()
    lines = []
    if all_threads:
        host = _host_current_frames()
        for count, (ident, host_frame) in enumerate(host.items()):
            if count:
                lines.append('\n')
            if count >= _MAX_NTHREADS:
                lines.append('...\n')
                break
            kind = 'Current thread' if ident == current else 'Thread'
            lines.append(f'{kind} 0x{ident:016x} (most recent call first):\n')
            lines.extend(_frame_lines(frames_from(host_frame)))
    else:
        lines.append('Stack (most recent call first):\n')
        lines.extend(_frame_lines(frames_from(_host_current_frames()[current])))
    data = ''.join(lines).encode('ascii', 'backslashreplace')
    while data:
        written = posix.write(fd, data)
        data = data[written:]
