"""A minimal disassembler of Ophis code objects, for debugging tests."""

from ophis.bytecode import instructions as ins
from ophis.vm.decode import parse_exception_table


def dis(code, out=print):
    raw = code.co_code
    ext = 0
    lines = list(code.co_positions())
    for i in range(0, len(raw), 2):
        op, arg = raw[i], raw[i + 1] | ext
        ext = arg << 8 if op == ins.EXTENDED_ARG else 0
        name = ins.opname[op]
        extra = ''
        info = ins.BY_OPCODE.get(op)
        if info is not None and info.arg == ins.ARG_CONST:
            extra = repr(code.co_consts[arg])[:40]
        elif info is not None and info.arg == ins.ARG_NAME:
            extra = code.co_names[arg]
        elif info is not None and info.arg == ins.ARG_GLOBAL:
            extra = code.co_names[arg >> 1] + (' + NULL' if arg & 1 else '')
        elif info is not None and info.arg in (ins.ARG_LOCAL, ins.ARG_FREE):
            extra = code.co_localsplusnames[arg]
        out(f'{i // 2:4} {lines[i // 2][0]!s:>4} {name:<24} '
            f'{arg if op >= ins.HAVE_ARGUMENT else "":<5} {extra}')
    for entry in parse_exception_table(code.co_exceptiontable):
        out(f'  exc {entry}')
