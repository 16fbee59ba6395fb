"""The instruction table is consistent, and docs/bytecode.md is generated
from it and up to date."""

import itertools

import pytest

from ophis.bytecode import docs, instructions as I


def test_docs_up_to_date():
    with open(docs.OUTPUT, encoding='utf-8') as f:
        current = f.read()
    assert current == docs.render(), \
        'docs/bytecode.md is out of date: run python3 -m ophis.bytecode.docs'


def test_numbers_and_names_unique():
    opcodes = [i.opcode for i in I.TABLE]
    names = [i.name for i in I.TABLE]
    assert len(set(opcodes)) == len(opcodes)
    assert len(set(names)) == len(names)


@pytest.mark.parametrize('instr', I.TABLE, ids=lambda i: i.name)
def test_instruction_row(instr):
    pseudo = bool(instr.flags & I.FLAG_PSEUDO)
    assert (instr.opcode >= 256) == pseudo
    if not pseudo:
        # The argument kind agrees with HAVE_ARGUMENT.
        assert (instr.arg is not None) == (instr.opcode >= I.HAVE_ARGUMENT)
    assert bool(instr.flags & I.FLAG_JUMP) == (instr.arg == I.ARG_JUMP)
    assert instr.doc.strip()
    # Every stack notation parses, and its counts are sane.
    pops, pushes = I._parse_effect(instr.stack)
    for oparg in range(0, 600, 7) if instr.has_arg else (0,):
        for count in (pops, pushes, instr.jump_pops, instr.jump_pushes):
            value = count(oparg) if callable(count) else count
            assert isinstance(value, int)
            if oparg >= 2:
                assert value >= 0, (instr.name, oparg)
    if instr.flags & I.FLAG_TERMINATOR:
        assert instr.opcode in I.terminators


def test_derived_tables():
    assert I.opmap['LOAD_CONST'] == I.LOAD_CONST
    assert I.opname[I.LOAD_CONST] == 'LOAD_CONST'
    assert all(op < 256 for op in I.opmap.values())
    assert I.hasjump == {i.opcode for i in I.TABLE
                         if i.flags & I.FLAG_JUMP}


@pytest.mark.parametrize('notation', [
    '(a -- )x', '(a, 1b -- c)', '(a[oparg; import os] -- )', '(a -- b',
])
def test_bad_notation_rejected(notation):
    with pytest.raises(ValueError):
        I._parse_effect(notation)


def test_stack_effects_of_examples():
    effects = {
        ('POP_TOP', 0): -1, ('BUILD_TUPLE', 3): -2, ('BUILD_MAP', 2): -3,
        ('CALL', 2): -3, ('CALL_KW', 3): -5, ('LOAD_GLOBAL', 4): 1,
        ('LOAD_GLOBAL', 5): 2, ('UNPACK_EX', 0x0102): 3,
        ('FORMAT_VALUE', 4): -1, ('MAKE_FUNCTION', 15): -4,
        ('RAISE_VARARGS', 2): -2, ('BUILD_SLICE', 3): -2,
    }
    for (name, oparg), effect in effects.items():
        assert I.stack_effect(I.opmap[name], oparg) == effect, name
    assert list(itertools.islice(iter(I.TABLE), 1))
