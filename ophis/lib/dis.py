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


def _test():
    """python -m dis [FILE]"""
    _impl.main(sys.argv[1:])


if __name__ == '__main__':
    _test()
