"""The eval loop's line per code unit (ophis.vm.decode.parse_line_table)
against the line table's own reader (co_positions), on code that reaches
every entry form: long lines deltas, negative deltas, no-location entries,
wide columns."""

import os

import pytest

import ophis
from ophis.bytecode.code import Code
from ophis.vm.decode import parse_line_table

STDLIB = os.path.dirname(os.__file__)


def codes(code):
    yield code
    for const in code.co_consts:
        if type(const) is Code:
            yield from codes(const)


def check(module):
    for code in codes(module):
        count = len(code.co_code) // 2
        expected = [line for line, _, _, _ in code.co_positions()]
        assert parse_line_table(code.co_linetable, code.co_firstlineno,
                                count) == expected, code


def test_entry_forms():
    source = ('x = 1\n' + '\n' * 300 + 'y = (x +\n' + ' ' * 200 + 'x)\n'
              'def f(a):\n    for i in a:\n        try:\n            pass\n'
              '        finally:\n            a = [i\n\n\n for i in a]\n'
              '    return a\n' + '\n' * 70000 + 'z = 2\n')
    check(ophis.compile(source, 'lines.py', 'exec'))


@pytest.mark.parametrize('name', ['argparse.py', 'typing.py',
                                  'asyncio/base_events.py'])
def test_standard_library(name):
    with open(os.path.join(STDLIB, name), 'rb') as f:
        check(ophis.compile(f.read(), name, 'exec'))
