"""The assembler: a unit's optimized flow graph to a code object.

Adds the implicit ``return None`` and the prologue (COPY_FREE_VARS,
MAKE_CELL, RETURN_GENERATOR), runs the flow-graph passes, then lays the
blocks out in order, sizes every instruction (EXTENDED_ARG prefixes for
arguments above 255, repeated until the jump targets stop moving), turns
cell and free variable numbers into localsplus slots, and writes
``co_code``, the location table and the exception table
(ophis/bytecode/linetable.py, ophis/bytecode/exceptiontable.py).
"""

from ophis.bytecode import exceptiontable as _exctable
from ophis.bytecode import instructions as _I
from ophis.bytecode import linetable as _linetable
from ophis.bytecode.code import (
    Code, CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, CO_GENERATOR,
    CO_COROUTINE, CO_ASYNC_GENERATOR, CO_VARARGS, CO_VARKEYWORDS)
from ophis.compiler import flowgraph as _fg
from ophis.compiler import symtable as _st
from ophis.compiler.flowgraph import Instr, NO_LOCATION, iter_blocks

# The __future__ flags a code object inherits from the compilation
# (CPython's PyCF_MASK).
PyCF_MASK = (0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 |
             0x400000 | 0x800000 | 0x1000000)
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

_DEREF_OPS = frozenset(op for op in _I.hasfree)
_EXTENDED_ARG = _I.EXTENDED_ARG
_HAVE_ARGUMENT = _I.HAVE_ARGUMENT
_JUMPS = _fg.JUMPS


def compute_code_flags(gen, u):
    scope = u.scope
    flags = 0
    if scope.type is _st.FUNCTION:
        flags |= CO_NEWLOCALS | CO_OPTIMIZED
        if scope.nested:
            flags |= CO_NESTED
        if scope.generator and not scope.coroutine:
            flags |= CO_GENERATOR
        if not scope.generator and scope.coroutine:
            flags |= CO_COROUTINE
        if scope.generator and scope.coroutine:
            flags |= CO_ASYNC_GENERATOR
        if scope.varargs:
            flags |= CO_VARARGS
        if scope.varkeywords:
            flags |= CO_VARKEYWORDS
    flags |= gen.flags & PyCF_MASK
    if gen.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT and \
            scope.type is _st.MODULE and scope.coroutine and \
            not scope.generator:
        flags |= CO_COROUTINE
    return flags


def _insert_prefix(u, flags, ncells_in_order, nfree):
    prefix = []
    if nfree:
        prefix.append(Instr(_I.COPY_FREE_VARS, nfree, None, NO_LOCATION))
    for cell in ncells_in_order:
        prefix.append(Instr(_I.MAKE_CELL, cell, None, NO_LOCATION))
    if flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR):
        line = u.firstlineno
        prefix.append(Instr(_I.RETURN_GENERATOR, None, None,
                            (line, line, -1, -1)))
        prefix.append(Instr(_I.POP_TOP, None, None, NO_LOCATION))
    if prefix:
        u.entry.instrs[0:0] = prefix


def _trim_unused_consts(entry, consts):
    highest = 0
    load_const = _I.LOAD_CONST
    for block in iter_blocks(entry):
        for instr in block.instrs:
            if instr.op == load_const and instr.arg > highest:
                highest = instr.arg
    del consts.values[highest + 1:]


def _fold_return_const(entry):
    """LOAD_CONST; RETURN_VALUE on one line: RETURN_CONST."""
    load_const = _I.LOAD_CONST
    return_value = _I.RETURN_VALUE
    for block in iter_blocks(entry):
        instrs = block.instrs
        if len(instrs) >= 2 and instrs[-1].op == return_value:
            load = instrs[-2]
            if load.op == load_const and \
                    load.loc[0] == instrs[-1].loc[0]:
                load.op = _I.RETURN_CONST
                del instrs[-1]


def _instr_size(arg):
    if arg is None or arg < 0x100:
        return 1
    if arg < 0x10000:
        return 2
    if arg < 0x1000000:
        return 3
    return 4


def assemble(gen, u, add_none):
    cur = u.cur
    if not cur.instrs or cur.instrs[-1].op != _I.RETURN_VALUE:
        u.loc = NO_LOCATION
        if add_none:
            gen.load_const(None)
        gen.emit(_I.RETURN_VALUE)
    flags = compute_code_flags(gen, u)

    varnames = u.varnames.names
    nlocals_known = set(u.varnames.names)
    cells = sorted(u.cellvars, key=u.cellvars.get)
    frees = sorted(u.freevars, key=u.freevars.get)
    entry = u.entry

    # MAKE_CELL in localsplus order: argument cells first (in argument
    # order), then the others.
    arg_cells = [i for i, name in enumerate(cells) if name in nlocals_known]
    arg_cells.sort(key=lambda i: u.varnames.index[cells[i]])
    other_cells = [i for i, name in enumerate(cells)
                   if name not in nlocals_known]
    _insert_prefix(u, flags, arg_cells + other_cells, len(frees))

    consts = u.consts
    _fg.optimize_cfg(entry, u.blocks, consts)
    _fg.duplicate_exits_without_lineno(entry, u.blocks, u.new_block)
    _trim_unused_consts(entry, consts)
    _fg.propagate_line_numbers(entry)
    _fg.guarantee_lineno_for_exits(entry, u.firstlineno)
    is_generator = bool(flags & (CO_GENERATOR | CO_COROUTINE |
                                 CO_ASYNC_GENERATOR))
    maxdepth = _fg.stack_depth(entry, is_generator)
    _fg.label_exception_targets(entry)
    _fg.add_checks_for_uninitialized_loads(
        entry, len(varnames), len(u.scope.varnames))
    _fg.convert_pseudo_instructions(entry)
    for block in iter_blocks(entry):
        _fg._clean_block(block)
    _fold_return_const(entry)
    _fg.normalize_jumps(entry, u.new_block)

    # Cell and free variable numbers to localsplus slots.
    nlocals = len(varnames)
    slots = []
    extra = 0
    for name in cells:
        index = u.varnames.index.get(name)
        if index is not None:
            slots.append(index)
        else:
            slots.append(nlocals + extra)
            extra += 1
    for i in range(len(frees)):
        slots.append(nlocals + extra + i)

    blocks = list(iter_blocks(entry))
    code_bytes, linetable, exctable = _emit(blocks, slots, u.firstlineno)
    return Code(
        u.argcount + u.posonlyargcount, u.posonlyargcount,
        u.kwonlyargcount, nlocals, maxdepth, flags, code_bytes,
        tuple(consts.values), tuple(u.names.names), tuple(varnames),
        gen.filename, u.name, u.qualname, u.firstlineno, linetable,
        exctable, tuple(frees), tuple(cells))


def _emit(blocks, slots, firstlineno):
    deref_ops = _DEREF_OPS
    jumps = _JUMPS
    # Fix the arguments that do not depend on the layout.
    for block in blocks:
        for instr in block.instrs:
            op = instr.op
            if op in deref_ops:
                instr.arg = slots[instr.arg]
            elif op < _HAVE_ARGUMENT:
                instr.arg = None
    # Lay out until the jump arguments (and so the sizes) settle.
    sizes = {}
    while True:
        offset = 0
        for block in blocks:
            block.offset = offset
            for instr in block.instrs:
                op = instr.op
                if op in jumps:
                    size = sizes.get(id(instr), 1)
                else:
                    size = _instr_size(instr.arg)
                offset += size
        changed = False
        for block in blocks:
            for instr in block.instrs:
                if instr.op in jumps:
                    target = instr.target.offset
                    instr.arg = target
                    size = _instr_size(target)
                    if sizes.get(id(instr), 1) != size:
                        sizes[id(instr)] = size
                        changed = True
        if not changed:
            break
    out = bytearray()
    runs = []
    entries = []
    handler = None
    start = 0
    offset = 0
    for block in blocks:
        for instr in block.instrs:
            arg = instr.arg
            if arg is None:
                arg = 0
            size = 1
            if arg >= 0x100:
                if arg >= 0x1000000:
                    out.append(_EXTENDED_ARG)
                    out.append((arg >> 24) & 0xFF)
                    size += 1
                if arg >= 0x10000:
                    out.append(_EXTENDED_ARG)
                    out.append((arg >> 16) & 0xFF)
                    size += 1
                out.append(_EXTENDED_ARG)
                out.append((arg >> 8) & 0xFF)
                size += 1
            out.append(instr.op)
            out.append(arg & 0xFF)
            loc = instr.loc
            runs.append((size, loc[0], loc[1], loc[2], loc[3]))
            if instr.handler is not handler:
                if handler is not None:
                    entries.append(_exception_entry(start, offset, handler))
                start = offset
                handler = instr.handler
            offset += size
    if handler is not None:
        entries.append(_exception_entry(start, offset, handler))
    return (bytes(out), _linetable.encode(runs, firstlineno),
            _exctable.encode(entries))


def _exception_entry(start, end, handler):
    depth = handler.startdepth - 1
    if handler.preserve_lasti:
        depth -= 1
    return (start, end, handler.offset, depth, handler.preserve_lasti)
