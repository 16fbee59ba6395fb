"""SyntaxErrors and SyntaxWarnings raised while compiling, made as CPython
makes them.

CPython raises compile-time errors in two shapes, and both are visible
(``exc.args``):

* the symbol table and the future-statement pass raise
  ``SyntaxError(msg)`` and then set the location attributes
  (``symtable_error``);
* the code generator raises ``SyntaxError(msg, (filename, lineno, offset,
  text, end_lineno, end_offset))`` (``compiler_error``).

In both, ``text`` is read back from the file named by ``filename`` when it
exists (CPython's PyErr_ProgramTextObject), not from the source being
compiled; for ``'<string>'`` it is None.
"""

import _warnings

from ophis.tokenizer.errors import WARNINGS_ISSUED


def program_text(filename, lineno):
    """Line ``lineno`` of the file ``filename`` as CPython reads it for an
    error, or None."""
    if not isinstance(filename, str) or lineno is None or lineno <= 0:
        return None
    try:
        with open(filename, 'rb') as f:
            data = f.read()
    except (OSError, ValueError):
        return None
    # Universal newlines, as fgets in text mode does.
    lines = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n').split(b'\n')
    if lineno > len(lines) or (lineno == len(lines) and not lines[-1]):
        return None
    line = lines[lineno - 1]
    if lineno < len(lines):
        line += b'\n'
    # CPython reads in chunks of 999 bytes and keeps the last one.
    if len(line) > 999:
        cut = (len(line) - 1) // 999 * 999
        line = line[cut:]
    if b'\0' in line:
        line = line[:line.index(b'\0')]
    try:
        return line.decode('utf-8')
    except UnicodeDecodeError:
        return None


def symtable_error(msg, filename, lineno, col_offset, end_lineno,
                   end_col_offset):
    """A SyntaxError as the symbol table raises it; the offsets given are
    the AST's 0-based columns."""
    exc = SyntaxError(msg)
    exc.lineno = lineno
    exc.offset = col_offset + 1 if col_offset >= 0 else None
    exc.end_lineno = end_lineno if end_lineno >= 0 else None
    exc.end_offset = end_col_offset + 1 if end_col_offset >= 0 else None
    exc.filename = filename
    text = program_text(filename, lineno)
    if text is not None:
        exc.text = text
    return exc


def future_error(msg, filename, lineno, offset):
    """A SyntaxError from the future-statement pass (a 1-based offset, no
    end position)."""
    exc = SyntaxError(msg)
    exc.lineno = lineno
    exc.offset = offset
    exc.end_lineno = lineno
    exc.end_offset = None
    exc.filename = filename
    text = program_text(filename, lineno)
    if text is not None:
        exc.text = text
    return exc


def compiler_error(msg, filename, loc):
    """A SyntaxError as the code generator raises it, at ``loc``
    (lineno, end_lineno, col_offset, end_col_offset)."""
    lineno, end_lineno, col, end_col = loc
    return SyntaxError(msg, (filename, lineno, col + 1,
                             program_text(filename, lineno),
                             end_lineno, end_col + 1))


def compiler_warn(msg, filename, loc):
    """Issue a SyntaxWarning at loc; if the warning filters turn it into an
    error, raise a SyntaxError in its place, as CPython does."""
    WARNINGS_ISSUED[0] += 1
    try:
        _warnings.warn_explicit(msg, SyntaxWarning, filename, loc[0])
    except SyntaxWarning:
        pass
    else:
        return
    raise compiler_error(msg, filename, loc)
