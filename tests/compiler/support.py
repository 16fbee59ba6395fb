"""Helpers for the compiler tests: the standard library's files, walking
code objects, and the consistency checks every compiled code object must
pass."""

import os
import sys
import types

from ophis.bytecode import exceptiontable, instructions as I, linetable
from ophis.bytecode.code import (
    Code, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR)

LIB = os.path.join(sys.base_prefix, 'lib',
                   f'python{sys.version_info[0]}.{sys.version_info[1]}')


def stdlib_files(include_tests=True):
    files = []
    for root, dirs, names in os.walk(LIB):
        dirs.sort()
        if 'site-packages' in root:
            continue
        if not include_tests and os.sep + 'test' in root[len(LIB):]:
            continue
        for name in sorted(names):
            if name.endswith('.py'):
                files.append(os.path.join(root, name))
    return files


def walk_codes(code):
    """code and every code object nested in its constants, depth first."""
    out = [code]
    kind = type(code)
    for const in code.co_consts:
        if isinstance(const, (Code, types.CodeType)) and \
                type(const) is kind:
            out.extend(walk_codes(const))
    return out


class Inconsistent(AssertionError):
    pass


def decode(code):
    """[(index of the first unit, opcode, oparg, index after)]."""
    raw = code.co_code
    out = []
    i = 0
    n = len(raw) // 2
    while i < n:
        start = i
        arg = 0
        while raw[2 * i] == I.EXTENDED_ARG:
            arg = (arg | raw[2 * i + 1]) << 8
            i += 1
            if i >= n:
                raise Inconsistent(f'EXTENDED_ARG at the end of {code!r}')
        op = raw[2 * i]
        arg |= raw[2 * i + 1]
        if op < I.HAVE_ARGUMENT:
            arg = 0
        i += 1
        out.append((start, op, arg, i))
    return out


_FORWARD_ONLY = frozenset(
    op for op in I.hasjump if op not in I.pseudo and op not in (
        I.JUMP_BACKWARD, I.JUMP_BACKWARD_NO_INTERRUPT))
_BACKWARD_ONLY = frozenset((I.JUMP_BACKWARD, I.JUMP_BACKWARD_NO_INTERRUPT))


def check_code(code):
    """Raise Inconsistent unless code is well formed: known opcodes with
    arguments in range, jumps to instruction starts (forward or backward
    as their kind says), a location table covering every code unit, a
    well-formed exception table, and a stack depth that is the same on
    every path into an instruction, never negative, and within
    co_stacksize."""
    if len(code.co_code) % 2:
        raise Inconsistent('odd co_code')
    units = len(code.co_code) // 2
    instrs = decode(code)
    starts = {start: k for k, (start, _, _, _) in enumerate(instrs)}
    nlocals = code.co_nlocals
    nplus = len(code.co_localsplusnames)
    for start, op, arg, end in instrs:
        info = I.BY_OPCODE.get(op)
        if info is None or op in I.pseudo:
            raise Inconsistent(f'unknown opcode {op} at {start}')
        kind = info.arg
        if kind == I.ARG_CONST and arg >= len(code.co_consts):
            raise Inconsistent(f'const index {arg} at {start}')
        if kind == I.ARG_NAME and arg >= len(code.co_names):
            raise Inconsistent(f'name index {arg} at {start}')
        if kind == I.ARG_GLOBAL and arg >> 1 >= len(code.co_names):
            raise Inconsistent(f'global index {arg} at {start}')
        if kind == I.ARG_LOCAL and arg >= nlocals:
            raise Inconsistent(f'local index {arg} at {start}')
        if kind == I.ARG_FREE and arg >= nplus:
            raise Inconsistent(f'cell index {arg} at {start}')
        if op in I.hasjump:
            if arg not in starts:
                raise Inconsistent(f'jump at {start} to {arg}, not an '
                                   'instruction')
            if op in _FORWARD_ONLY and arg < end:
                raise Inconsistent(f'{info.name} at {start} goes backward')
            if op in _BACKWARD_ONLY and arg > start:
                raise Inconsistent(f'{info.name} at {start} goes forward')
    covered = sum(e[0] for e in linetable.iter_entries(
        code.co_linetable, code.co_firstlineno))
    if covered != units:
        raise Inconsistent(f'location table covers {covered} of {units} '
                           'code units')
    entries = exceptiontable.decode(code.co_exceptiontable)
    prev_end = 0
    for start, end, target, depth, lasti in entries:
        if start < prev_end:
            raise Inconsistent(f'exception entries overlap at {start}')
        if not start < end <= units:
            raise Inconsistent(f'bad exception range {start}-{end}')
        if target not in starts or start not in starts or \
                (end != units and end not in starts):
            raise Inconsistent(f'exception entry {start}-{end} -> {target}'
                               ' not on instruction boundaries')
        if depth < 0 or depth > code.co_stacksize:
            raise Inconsistent(f'exception depth {depth}')
        prev_end = end
    _check_stack(code, instrs, starts, entries)


def _handler_for(entries, index):
    for entry in entries:
        if entry[0] <= index < entry[1]:
            return entry
    return None


def _check_stack(code, instrs, starts, entries):
    depths = [None] * len(instrs)
    gen = code.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)
    todo = [(0, 1 if gen else 0)]
    maxdepth = 0

    def enter(k, depth, why):
        if depths[k] is None:
            depths[k] = depth
            todo.append((k, depth))
        elif depths[k] != depth:
            raise Inconsistent(
                f'stack depth {depth} ({why}) at {instrs[k][0]} disagrees '
                f'with {depths[k]} in {code!r}')

    if not instrs:
        return
    depths[0] = todo[0][1]
    while todo:
        k, depth = todo.pop()
        while True:
            start, op, arg, end = instrs[k]
            entry = _handler_for(entries, start)
            if entry is not None:
                if depth < entry[3]:
                    raise Inconsistent(f'depth {depth} under the handler '
                                       f'depth {entry[3]} at {start}')
                enter(starts[entry[2]], entry[3] + 1 + entry[4],
                      'exception handler')
            effect = I.stack_effect(op, arg, jump=False)
            new = depth + effect
            if depth < 0 or new < 0:
                raise Inconsistent(f'stack underflow at {start}')
            maxdepth = max(maxdepth, new)
            if op in I.hasjump:
                jumped = depth + I.stack_effect(op, arg, jump=True)
                maxdepth = max(maxdepth, jumped)
                enter(starts[arg], jumped, 'jump')
            if op in I.terminators:
                break
            if k + 1 >= len(instrs):
                raise Inconsistent(f'{code!r} falls off its end')
            if depths[k + 1] is not None:
                if depths[k + 1] != new:
                    raise Inconsistent(
                        f'stack depth {new} at {instrs[k + 1][0]} disagrees '
                        f'with {depths[k + 1]} in {code!r}')
                break
            depths[k + 1] = new
            k += 1
            depth = new
    if maxdepth > code.co_stacksize:
        raise Inconsistent(f'stack depth {maxdepth} exceeds co_stacksize '
                           f'{code.co_stacksize}')


# --- comparing where code runs and raises with the host's ------------------

import dis as _dis   # noqa: E402

# Instructions that can raise or that tracing shows, by their name in the
# host's bytecode and in Ophis's (a two-part slice is one instruction in
# Ophis, a BUILD_SLICE and a BINARY_SUBSCR in 3.11).
_OBSERVED = {
    'CALL': 'CALL', 'CALL_KW': 'CALL', 'CALL_FUNCTION_EX': 'CALL_FUNCTION_EX',
    'BINARY_OP': 'BINARY_OP', 'BINARY_SUBSCR': 'BINARY_SUBSCR',
    'BINARY_SLICE': 'BINARY_SUBSCR', 'STORE_SLICE': 'STORE_SUBSCR',
    'LOAD_ATTR': 'LOAD_ATTR', 'LOAD_METHOD': 'LOAD_METHOD',
    'STORE_ATTR': 'STORE_ATTR', 'STORE_SUBSCR': 'STORE_SUBSCR',
    'DELETE_SUBSCR': 'DELETE_SUBSCR', 'COMPARE_OP': 'COMPARE_OP',
    'CONTAINS_OP': 'CONTAINS_OP', 'LOAD_GLOBAL': 'LOAD_GLOBAL',
    'LOAD_NAME': 'LOAD_NAME', 'RAISE_VARARGS': 'RAISE_VARARGS',
    'UNPACK_SEQUENCE': 'UNPACK_SEQUENCE', 'UNPACK_EX': 'UNPACK_EX',
    'IMPORT_NAME': 'IMPORT_NAME', 'IMPORT_FROM': 'IMPORT_FROM',
    'FOR_ITER': 'FOR_ITER', 'GET_ITER': 'GET_ITER', 'LOAD_DEREF': 'LOAD_DEREF',
    'UNARY_NEGATIVE': 'UNARY_NEGATIVE', 'UNARY_INVERT': 'UNARY_INVERT',
    'FORMAT_VALUE': 'FORMAT_VALUE', 'YIELD_VALUE': 'YIELD_VALUE',
    'BEFORE_WITH': 'BEFORE_WITH', 'MAKE_FUNCTION': 'MAKE_FUNCTION',
    'CHECK_EXC_MATCH': 'CHECK_EXC_MATCH', 'GET_AWAITABLE': 'GET_AWAITABLE',
    'SEND': 'SEND', 'LOAD_FAST': 'LOAD_FAST', 'LOAD_FAST_CHECK': 'LOAD_FAST',
    'STORE_NAME': 'STORE_NAME', 'DELETE_FAST': 'DELETE_FAST',
}


def observed_positions(code):
    """(kind, position) of each instruction that can raise, in order."""
    positions = list(code.co_positions())
    out = []
    if isinstance(code, types.CodeType):
        for ins in _dis.get_instructions(code):
            kind = _OBSERVED.get(ins.opname)
            if kind:
                out.append((kind, positions[ins.offset // 2]))
    else:
        for start, op, arg, end in decode(code):
            kind = _OBSERVED.get(I.opname[op])
            if kind:
                out.append((kind, positions[end - 1]))
    return out


def line_sequence(code):
    """The lines of the code in layout order, repeats folded: what a
    tracer's line events follow when the code runs straight through."""
    out = []
    for start, end, line in code.co_lines():
        if line is not None and (not out or out[-1] != line):
            out.append(line)
    return out
