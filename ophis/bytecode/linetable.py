"""The location table (``co_linetable``) in CPython 3.11's format.

Each instruction has a position: (line, end line, column, end column), any
of which may be unknown.  The table is a sequence of entries; each covers
1 to 8 code units that share a position.  An entry starts with one byte
``1CCCCLLL``: the top bit marks the start of an entry, ``CCCC`` is the
entry's form, ``LLL + 1`` the number of code units it covers.  Lines are
stored as deltas from the line of the last entry that had one, starting
from ``co_firstlineno``.

====  =====================================================================
form  what follows the first byte
====  =====================================================================
0-9   *short*: one byte ``0AAAEEEE``; same line as before, column
      ``form * 8 + AAA``, end column ``column + EEEE``.
10-12 *one line*: line delta ``form - 10``, then the column and the end
      column as two bytes (each below 128).
13    *no columns*: the line delta as a signed varint; columns unknown.
14    *long*: line delta (signed varint), end line minus line, column + 1
      and end column + 1 (unsigned varints; 0 means unknown).
15    *none*: no position at all (the instruction belongs to no line).
====  =====================================================================

Varints are little-endian groups of 6 bits, bit 6 (0x40) set on every
group but the last.  A signed varint holds ``v << 1`` for ``v >= 0`` and
``(-v << 1) | 1`` otherwise.

``encode`` writes the table as CPython's assembler does, so that the same
positions give the same bytes; ``iter_entries`` reads it back, and the code
object's ``co_lines``, ``co_positions`` and ``co_lnotab`` derive from it.
"""

FORM_ONE_LINE0 = 10
FORM_NO_COLUMNS = 13
FORM_LONG = 14
FORM_NONE = 15


def _write_varint(out, value):
    while value >= 64:
        out.append((value & 63) | 64)
        value >>= 6
    out.append(value)


def _write_svarint(out, value):
    if value < 0:
        _write_varint(out, ((-value) << 1) | 1)
    else:
        _write_varint(out, value << 1)


def _write_entry(out, length, line, end_line, col, end_col, prev_line):
    """Write one entry of 1 to 8 code units; return the line the next delta
    is relative to."""
    if line is None or line < 0:
        out.append(0x80 | (FORM_NONE << 3) | (length - 1))
        return prev_line
    if end_line is None or end_line < 0:
        end_line = line
    delta = line - prev_line
    if col is None or end_col is None or col < 0 or end_col < 0:
        if end_line == line:
            out.append(0x80 | (FORM_NO_COLUMNS << 3) | (length - 1))
            _write_svarint(out, delta)
            return line
    elif end_line == line:
        if delta == 0 and col < 80 and 0 <= end_col - col < 16:
            out.append(0x80 | ((col >> 3) << 3) | (length - 1))
            out.append(((col & 7) << 4) | (end_col - col))
            return line
        if 0 <= delta < 3 and col < 128 and end_col < 128:
            out.append(0x80 | ((FORM_ONE_LINE0 + delta) << 3) | (length - 1))
            out.append(col)
            out.append(end_col)
            return line
    out.append(0x80 | (FORM_LONG << 3) | (length - 1))
    _write_svarint(out, delta)
    _write_varint(out, end_line - line)
    _write_varint(out, 0 if col is None or col < 0 else col + 1)
    _write_varint(out, 0 if end_col is None or end_col < 0 else end_col + 1)
    return line


def encode(runs, firstlineno):
    """The table for ``runs``, a sequence of (size in code units, line,
    end_line, col, end_col) for consecutive stretches of code; a position
    part is None (or negative) when unknown.  Runs longer than 8 units are
    split as CPython does; adjacent runs are not merged (the caller merges
    equal positions)."""
    out = bytearray()
    prev_line = firstlineno
    for size, line, end_line, col, end_col in runs:
        while size > 8:
            prev_line = _write_entry(out, 8, line, end_line, col, end_col,
                                     prev_line)
            size -= 8
        if size > 0:
            prev_line = _write_entry(out, size, line, end_line, col,
                                     end_col, prev_line)
    return bytes(out)


def _read_varint(table, pos):
    byte = table[pos]
    pos += 1
    value = byte & 63
    shift = 6
    while byte & 64:
        byte = table[pos]
        pos += 1
        value |= (byte & 63) << shift
        shift += 6
    return value, pos


def _read_svarint(table, pos):
    value, pos = _read_varint(table, pos)
    if value & 1:
        return -(value >> 1), pos
    return value >> 1, pos


def iter_entries(table, firstlineno):
    """Yield (length, computed_line, line, end_line, col, end_col) per
    entry: length in code units, the running line number (kept through
    entries without a line, as CPython's ``computed_line``), and the
    position as co_positions() gives it (None where unknown)."""
    pos = 0
    end = len(table)
    line = firstlineno
    while pos < end:
        first = table[pos]
        pos += 1
        form = (first >> 3) & 15
        length = (first & 7) + 1
        if form == FORM_NONE:
            yield length, line, None, None, None, None
        elif form == FORM_LONG:
            delta, pos = _read_svarint(table, pos)
            line += delta
            end_delta, pos = _read_varint(table, pos)
            col, pos = _read_varint(table, pos)
            end_col, pos = _read_varint(table, pos)
            yield (length, line, line, line + end_delta,
                   col - 1 if col else None,
                   end_col - 1 if end_col else None)
        elif form == FORM_NO_COLUMNS:
            delta, pos = _read_svarint(table, pos)
            line += delta
            yield length, line, line, line, None, None
        elif form >= FORM_ONE_LINE0:
            line += form - FORM_ONE_LINE0
            col = table[pos]
            end_col = table[pos + 1]
            pos += 2
            yield length, line, line, line, col, end_col
        else:
            second = table[pos]
            pos += 1
            col = form * 8 + ((second >> 4) & 7)
            yield length, line, line, line, col, col + (second & 15)


def without_columns(table):
    """The table with every entry's columns and end line dropped (the *no
    columns* form, same lengths and line deltas; *none* entries kept): what
    code objects hold under ``-X no_debug_ranges``.  A malformed table is
    read as far as it goes, entry starts being the bytes with the top bit
    set."""
    out = bytearray()
    pos = 0
    end = len(table)
    while pos < end:
        first = table[pos]
        form = (first >> 3) & 15
        if form == FORM_NONE:
            out.append(first)
        else:
            if form == FORM_NO_COLUMNS or form == FORM_LONG:
                delta = 0
                if pos + 1 < end and not table[pos + 1] & 128:
                    try:
                        delta, _ = _read_svarint(table, pos + 1)
                    except IndexError:
                        pass
            elif form >= FORM_ONE_LINE0:
                delta = form - FORM_ONE_LINE0
            else:
                delta = 0
            out.append(0x80 | (FORM_NO_COLUMNS << 3) | (first & 7))
            _write_svarint(out, delta)
        pos += 1
        while pos < end and not table[pos] & 128:
            pos += 1
    return bytes(out)


def lines(table, firstlineno):
    """co_lines(): (start, end, line) in bytes, one per entry."""
    start = 0
    for length, _, line, _, _, _ in iter_entries(table, firstlineno):
        end = start + 2 * length
        yield start, end, line
        start = end


def positions(table, firstlineno):
    """co_positions(): (line, end_line, col, end_col) per code unit the
    table covers.  As CPython's, the table alone decides how many there
    are: a code object whose table is shorter than its code (an empty one,
    from replace(co_linetable=b'')) has fewer, and one whose table is
    longer, more."""
    for length, _, line, end_line, col, end_col in iter_entries(
            table, firstlineno):
        position = (line, end_line, col, end_col)
        for _ in range(length):
            yield position


def _lnotab_pair(out, bdelta, ldelta):
    while bdelta > 255:
        out += b'\xff\x00'
        bdelta -= 255
    while ldelta > 127:
        out.append(bdelta)
        out.append(127)
        bdelta = 0
        ldelta -= 127
    while ldelta < -128:
        out.append(bdelta)
        out.append(0x80)
        bdelta = 0
        ldelta += 128
    out.append(bdelta)
    out.append(ldelta & 0xFF)


def lnotab(table, firstlineno):
    """The deprecated co_lnotab, derived from the location table as 3.11
    does: (byte delta, signed line delta) pairs at each change of the
    running line."""
    out = bytearray()
    offset = 0
    line = firstlineno
    start = 0
    for length, computed, _, _, _, _ in iter_entries(table, firstlineno):
        if computed != line:
            _lnotab_pair(out, start - offset, computed - line)
            offset = start
            line = computed
        start += 2 * length
    return bytes(out)
