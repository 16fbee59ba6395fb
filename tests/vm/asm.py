"""A small assembler for hand-written Ophis code objects in VM tests.

Until the compiler produces code objects, the VM's unit tests build them
here: a list of instructions ``(name, arg)`` or ``(name, arg, line)``, with
``'label:'`` strings marking jump targets (a jump's argument may be a
label), and exception-table entries ``(start_label, end_label,
handler_label, depth, lasti)``.
"""

from ophis.bytecode import instructions as ins
from ophis.bytecode import linetable, exceptiontable
from ophis.bytecode.code import Code, CO_OPTIMIZED, CO_NEWLOCALS


def assemble(body, *, consts=(), names=(), varnames=(), cellvars=(),
             freevars=(), argcount=0, posonlyargcount=0, kwonlyargcount=0,
             flags=CO_OPTIMIZED | CO_NEWLOCALS, name='f', qualname=None,
             filename='<asm>', firstlineno=1, handlers=(), stacksize=20):
    # First pass: label positions (each instruction is one code unit, plus
    # EXTENDED_ARG prefixes for big arguments, which these tests avoid).
    labels = {}
    units = []
    for item in body:
        if isinstance(item, str):
            labels[item.rstrip(':')] = len(units)
            continue
        units.append(item)
    code = bytearray()
    runs = []
    for item in units:
        opname, arg = item[0], item[1]
        line = item[2] if len(item) > 2 else firstlineno
        if isinstance(arg, str):
            arg = labels[arg]
        if arg is None:
            arg = 0
        if arg > 255:
            raise ValueError('argument too big for the test assembler')
        code += bytes((ins.opmap[opname], arg))
        runs.append((1, line, line, 0, 1))
    table = exceptiontable.encode([
        (labels[s], labels[e], labels[t], depth, lasti)
        for s, e, t, depth, lasti in handlers])
    return Code(argcount, posonlyargcount, kwonlyargcount, len(varnames),
                stacksize, flags, bytes(code), tuple(consts), tuple(names),
                tuple(varnames), filename, name, qualname or name,
                firstlineno, linetable.encode(runs, firstlineno), table,
                tuple(freevars), tuple(cellvars))
