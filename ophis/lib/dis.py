"""The ``dis`` module as Ophis programs see it (issue 3): Ophis's
disassembler over Ophis's code objects and instruction table.

The import system serves this file for the name ``dis`` (ophis.importer
finder.LIB_MODULES); Ophis runs it like any module.  The disassembler
itself is ophis.bytecode.dis, Ophis's own code, which the loader hands in
as ``__ophis_dis__`` (Ophis's modules stay out of the program's
sys.modules, DESIGN decision 3).  ``ophis -m dis FILE`` disassembles a
source file compiled by Ophis.
"""

import sys

_impl = __ophis_dis__  # noqa: F821 (put here by the loader)

__all__ = list(_impl.__all__)

# Every public name of the disassembler (inspect uses Positions and
# COMPILER_FLAG_NAMES beyond __all__), its own modules aside.
for _name, _value in vars(_impl).items():
    if not _name.startswith('_') and type(_value) is not type(sys):
        globals()[_name] = _value
del _name, _value

HAVE_ARGUMENT = _impl._ins.HAVE_ARGUMENT
EXTENDED_ARG = _impl.opmap['EXTENDED_ARG']


# modulefinder scans code objects with these two (CPython's dis has them
# as private helpers over its raw bytecode; here they read Ophis's
# instructions).

def _find_imports(co):
    """(name, level, fromlist) of each import in co's own instructions,
    where the two loads before IMPORT_NAME are constants."""
    previous = []
    for instruction in get_instructions(co):
        if instruction.opname == 'EXTENDED_ARG':
            continue
        if instruction.opname == 'IMPORT_NAME' and len(previous) >= 2 and \
                previous[-2].opcode in hasconst and \
                previous[-1].opcode in hasconst:
            yield (instruction.argval, previous[-2].argval,
                   previous[-1].argval)
        previous.append(instruction)


def _find_store_names(co):
    """The names co's own STORE_NAME and STORE_GLOBAL instructions bind."""
    for instruction in get_instructions(co):
        if instruction.opname in ('STORE_NAME', 'STORE_GLOBAL'):
            yield instruction.argval


def _test():
    """python -m dis [FILE]: disassemble a source file (standard input by
    default).  The command line is CPython's (argparse: its usage, -h and
    its message for a file that cannot be opened)."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?',
                        default='-')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    dis(compile(source, args.infile.name, 'exec'))


if __name__ == '__main__':
    _test()
