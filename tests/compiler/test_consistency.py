"""The consistency checks (tests/compiler/support.py) pass on compiled
code and catch broken code objects."""

import ast

import pytest

from ophis.bytecode import exceptiontable, instructions as I, linetable
from ophis.compiler import compile_ast
from tests.compiler.support import Inconsistent, check_code, decode, \
    walk_codes

SAMPLE = '''
import sys
def f(a, *args, b=1, **kw):
    try:
        for x in args:
            if x: break
            with open(x) as fh:
                return fh.read()
    except (ValueError, TypeError) as e:
        raise RuntimeError from e
    finally:
        print('done')
    while a:
        a -= 1
    return [y for y in kw if y] + list(z async for z in w)
async def g():
    async with a as b:
        await b
    async for c in d:
        yield c
class C(B, metaclass=M):
    def m(self):
        return super().m(), __class__
match v:
    case [1, *rest] | {'k': rest}: pass
    case Point(x=0) if rest: pass
    case _: pass
'''


def compiled():
    return compile_ast(ast.parse(SAMPLE), 'sample.py', 0, 0)


def test_sample_is_consistent():
    for code in walk_codes(compiled()):
        check_code(code)


def _function(name):
    for code in walk_codes(compiled()):
        if code.co_name == name:
            return code
    raise LookupError(name)


def _replace_unit(code, index, op=None, arg=None):
    raw = bytearray(code.co_code)
    if op is not None:
        raw[2 * index] = op
    if arg is not None:
        raw[2 * index + 1] = arg
    return code.replace(co_code=bytes(raw))


def test_catches_jump_into_nowhere():
    code = _function('f')
    for start, op, arg, end in decode(code):
        if op == I.JUMP_FORWARD:
            broken = _replace_unit(code, start, arg=arg + 1)
            with pytest.raises(Inconsistent):
                check_code(broken)
            return
    pytest.fail('no JUMP_FORWARD in the sample')


def test_catches_backward_conditional_jump():
    code = _function('f')
    for start, op, arg, end in decode(code):
        if op == I.POP_JUMP_IF_FALSE and start > 2:
            broken = _replace_unit(code, start, arg=0)
            with pytest.raises(Inconsistent):
                check_code(broken)
            return
    pytest.fail('no POP_JUMP_IF_FALSE in the sample')


def test_catches_stack_depth_disagreement():
    code = _function('f')
    for start, op, arg, end in decode(code):
        if op == I.POP_TOP:
            broken = _replace_unit(code, start, op=I.NOP)
            with pytest.raises(Inconsistent):
                check_code(broken)
            return
    pytest.fail('no POP_TOP in the sample')


def test_catches_small_stacksize():
    code = _function('f')
    with pytest.raises(Inconsistent):
        check_code(code.replace(co_stacksize=code.co_stacksize - 1))


def test_catches_short_line_table():
    code = _function('f')
    entries = list(linetable.iter_entries(code.co_linetable,
                                          code.co_firstlineno))
    runs = [(e[0], e[2], e[3], e[4], e[5]) for e in entries[:-1]]
    short = linetable.encode(runs, code.co_firstlineno)
    with pytest.raises(Inconsistent):
        check_code(code.replace(co_linetable=short))


def test_catches_overlapping_exception_entries():
    code = _function('f')
    entries = exceptiontable.decode(code.co_exceptiontable)
    assert len(entries) >= 2
    first, second = entries[0], entries[1]
    overlapping = [(first[0], second[0] + 1) + first[2:]] + entries[1:]
    table = exceptiontable.encode(overlapping)
    with pytest.raises(Inconsistent):
        check_code(code.replace(co_exceptiontable=table))


def test_catches_handler_off_an_instruction():
    code = _function('f')
    entries = exceptiontable.decode(code.co_exceptiontable)
    instrs = decode(code)
    # A target inside an instruction with an EXTENDED_ARG, or past the end.
    bad = len(code.co_code) // 2 + 5
    broken = [entries[0][:2] + (bad,) + entries[0][3:]] + entries[1:]
    with pytest.raises(Inconsistent):
        check_code(code.replace(
            co_exceptiontable=exceptiontable.encode(broken)))
    assert instrs


def test_catches_local_index_out_of_range():
    code = _function('f')
    for start, op, arg, end in decode(code):
        if op in (I.LOAD_FAST, I.STORE_FAST):
            broken = _replace_unit(code, start, arg=code.co_nlocals)
            with pytest.raises(Inconsistent):
                check_code(broken)
            return
    pytest.fail('no fast local in the sample')
