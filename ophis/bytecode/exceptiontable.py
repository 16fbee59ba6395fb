"""The exception table (``co_exceptiontable``) in CPython 3.11's format.

Exceptions cost nothing until one is raised: instead of pushing blocks at
run time, each code object lists the ranges of instructions that are
protected, and where to go when one raises.  An entry is

    start, length, target, depth_lasti

all in code units: the protected instructions are ``start`` to
``start + length - 1``; ``target`` is the handler; ``depth_lasti`` is
``depth << 1 | lasti``.  On an exception the eval loop finds the entry that
covers the raising instruction, cuts the value stack down to ``depth``
items, pushes the offset of the raising instruction first if ``lasti`` is
set (so ``RERAISE 1`` can restore it for the traceback), then the
exception, and jumps to ``target``.  Entries are sorted by ``start`` and do
not overlap (the assembler flattens nested try blocks); an instruction
covered by no entry propagates the exception out of the frame.

Each number is a varint of 6-bit groups, most significant group first,
bit 6 (0x40) set on every group but the last.  The first byte of an entry
also has bit 7 (0x80) set, so a reader can find entry boundaries.
"""


def _write_item(out, value, start_bit):
    if value < 0 or value >= 1 << 30:
        raise ValueError(f'exception table value out of range: {value}')
    shift = 24
    while shift and value < 1 << shift:
        shift -= 6
    while shift:
        out.append(((value >> shift) & 63) | 64 | start_bit)
        start_bit = 0
        shift -= 6
    out.append((value & 63) | start_bit)


def encode(entries):
    """The table for ``entries``: (start, end, target, depth, lasti), with
    ``end`` exclusive, all in code units."""
    out = bytearray()
    for start, end, target, depth, lasti in entries:
        _write_item(out, start, 128)
        _write_item(out, end - start, 0)
        _write_item(out, target, 0)
        _write_item(out, (depth << 1) | (1 if lasti else 0), 0)
    return bytes(out)


def _read_item(table, pos):
    byte = table[pos]
    pos += 1
    value = byte & 63
    while byte & 64:
        byte = table[pos]
        pos += 1
        value = (value << 6) | (byte & 63)
    return value, pos


def decode(table):
    """The entries of ``table`` as (start, end, target, depth, lasti), in
    code units, ``end`` exclusive."""
    entries = []
    pos = 0
    size = len(table)
    while pos < size:
        start, pos = _read_item(table, pos)
        length, pos = _read_item(table, pos)
        target, pos = _read_item(table, pos)
        depth_lasti, pos = _read_item(table, pos)
        entries.append((start, start + length, target, depth_lasti >> 1,
                        bool(depth_lasti & 1)))
    return entries
