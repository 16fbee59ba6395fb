"""The dispatch table covers the instruction table."""

from ophis.bytecode import instructions as ins
from ophis.vm import dispatch


def test_every_instruction_has_a_handler():
    assert dispatch.missing_handlers() == []


def test_handlers_are_named_as_their_instruction():
    for instr in ins.TABLE:
        if instr.flags & ins.FLAG_PSEUDO:
            continue
        assert dispatch.TABLE[instr.opcode].__name__ == instr.name
