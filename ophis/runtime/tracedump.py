"""faulthandler.dump_traceback as Ophis code sees it.

The host's faulthandler is C: it walks the host's frames, which for Ophis
code are the eval loop's own (a handler such as CALL in ophis/vm).  This
one writes the same text from the frames a program sees
(ophis.runtime.sysmod.frames_from).  The dumps faulthandler writes by
itself (register, dump_traceback_later, enable's fatal errors) are written
with the pieces here by ophis.runtime.faults; what that cannot reach (a
fault inside C code) still gets the host's C dump (docs/extensions.md).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _thread
import faulthandler as _faulthandler
import posix

from ophis.runtime.sysmod import (frames_from, _host_current_frames,
                                  HIDDEN_THREADS)

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


def file_descriptor(file):
    """The descriptor faulthandler writes to for file (None: sys.stderr; an
    int; an object with fileno(), flushed first), with CPython's errors;
    and the object to keep alive while it is used (None for an int)."""
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if not -0x80000000 <= file <= 0x7fffffff:
            raise OverflowError('Python int too large to convert to C int')
        if file < 0:
            # CPython's spelling.
            raise ValueError('file is not a valid file descripter')
        return int(file), None
    fd = file.fileno()
    if not isinstance(fd, int) or not 0 <= fd <= 0x7fffffff:
        raise RuntimeError('file.fileno() is not a valid file descriptor')
    try:
        file.flush()
    except Exception:
        # CPython ignores a failing flush.
        pass
    return int(fd), file


def thread_lines(all_threads, current):
    """The dump's lines: every thread's frames (current, a thread id or
    None, marked 'Current thread'), or the current thread's alone."""
    host = _host_current_frames()
    lines = []
    if not all_threads:
        lines.append('Stack (most recent call first):\n')
        host_frame = host.get(current)
        if host_frame is not None:
            lines.extend(_frame_lines(frames_from(host_frame)))
        return lines
    count = 0
    for ident, host_frame in host.items():
        if ident in HIDDEN_THREADS:
            continue
        if count:
            lines.append('\n')
        if count >= _MAX_NTHREADS:
            lines.append('...\n')
            break
        count += 1
        kind = 'Current thread' if ident == current else 'Thread'
        lines.append(f'{kind} 0x{ident:016x} (most recent call first):\n')
        lines.extend(_frame_lines(frames_from(host_frame)))
    return lines


def write(fd, lines):
    """Write the lines to fd as faulthandler does: ASCII, straight to the
    descriptor, ignoring errors (a dump must not fail its caller)."""
    data = ''.join(lines).encode('ascii', 'backslashreplace')
    try:
        while data:
            written = posix.write(fd, data)
            data = data[written:]
    except OSError:
        pass


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
    lines = thread_lines(all_threads, _thread.get_ident())
    data = ''.join(lines).encode('ascii', 'backslashreplace')
    while data:
        written = posix.write(fd, data)
        data = data[written:]
