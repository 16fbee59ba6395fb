"""The disassembler: CPython 3.11 dis's interface and output format, on
Ophis code objects."""

import dis as host_dis
import io
import os
import re
import subprocess
import sys

import pytest

import ophis
from ophis.bytecode import dis, instructions as I

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))


def compiled(source, name='f'):
    code = ophis.compile(source, '<dis>', 'exec')
    for const in code.co_consts:
        if hasattr(const, 'co_code') and const.co_name == name:
            return const
    return code


def host_function(source, name='f'):
    for const in compile(source, '<dis>', 'exec').co_consts:
        if hasattr(const, 'co_code') and const.co_name == name:
            return const
    raise LookupError(name)


def text(function, *args, **kwargs):
    out = io.StringIO()
    function(*args, file=out, **kwargs)
    return out.getvalue()


def test_same_listing_as_host_where_the_instructions_agree():
    # Loads, stores and unary operations are the same instructions in
    # both sets: the listings agree line for line (the end differs: Ophis
    # returns a constant with RETURN_CONST).
    source = 'x = 1\ny = x\nz = -y\n'
    host = text(host_dis.dis, compile(source, '<dis>', 'exec'))
    mine = text(dis.dis, ophis.compile(source, '<dis>', 'exec'))
    assert mine.splitlines()[:-1] == host.splitlines()[:-2]


def test_exception_table_and_jump_targets_like_host():
    source = ('def f(a, b=1):\n    try:\n        return a + b\n'
              '    except E:\n        pass\n')
    mine = text(dis.dis, compiled(source))
    host = text(host_dis.dis, host_function(source))
    # The same exception table layout (with Ophis's offsets).
    mine_table = mine.split('ExceptionTable:\n')[1].splitlines()
    host_table = host.split('ExceptionTable:\n')[1].splitlines()
    pattern = re.compile(r'^  \d+ to \d+ -> \d+ \[\d+\]( lasti)?$')
    assert len(mine_table) == len(host_table)
    assert all(pattern.match(line) for line in mine_table + host_table)
    assert '>>   12 PUSH_EXC_INFO' in mine
    assert re.search(r'POP_JUMP_IF_FALSE +13 \(to 26\)', mine)


def test_code_info_as_host_for_shared_fields():
    source = ('def f(a, /, b, *args, c=1, **kw):\n'
              '    def g():\n        return a, b\n    x = [c]\n'
              '    return g\n')
    mine = dis.code_info(compiled(source)).splitlines()
    host = host_dis.code_info(host_function(source)).splitlines()
    skip = ('Stack size', 'Constants', '   ')
    assert [line for line in mine if not line.startswith(skip)] == \
        [line for line in host if not line.startswith(skip)]


def test_argument_descriptions():
    source = ('def f(a, b):\n    global g\n    s = f"{a!r:>{b}}"\n'
              '    g(a < b, a + b, a)\n    return lambda x=1: a\n')
    instrs = list(dis.get_instructions(compiled(source)))
    reprs = {(i.opname, i.argrepr) for i in instrs}
    assert ('FORMAT_VALUE', 'repr, with format') in reprs
    assert ('COMPARE_OP', '<') in reprs
    assert ('BINARY_OP', '+') in reprs
    assert ('LOAD_GLOBAL', 'g + NULL') in reprs
    assert ('MAKE_FUNCTION', 'defaults, closure') in reprs
    assert ('LOAD_CLOSURE', 'a') in reprs
    for instr in instrs:
        assert instr.offset % 2 == 0
        if instr.opcode in I.hasjump:
            assert instr.argrepr == f'to {instr.arg * 2}'


def test_line_starts_and_positions():
    code = compiled('def f(a):\n    b = a\n\n    return b\n')
    instrs = list(dis.get_instructions(code))
    starts = {i.offset: i.starts_line for i in instrs if i.starts_line}
    assert starts == dict(dis.findlinestarts(code))
    assert [line for line in starts.values()] == [1, 2, 4]
    assert instrs[1].positions == (2, 2, 8, 9)
    shifted = list(dis.get_instructions(code, first_line=10))
    assert [i.starts_line for i in shifted if i.starts_line] == [10, 11, 13]


def test_extended_arg_listed_as_its_own_unit():
    source = 'x = [' + ', '.join(f'v{i}' for i in range(300)) + ']\n'
    listing = text(dis.dis, ophis.compile(source, '<dis>', 'exec'))
    assert 'EXTENDED_ARG' in listing
    assert re.search(r'LOAD_NAME +299 \(v299\)', listing)


def test_dis_accepts_what_host_dis_accepts():
    ns = {}
    code = ophis.compile('def f():\n    return 1\nclass C:\n'
                         '    def m(self):\n        pass\n', '<dis>', 'exec')
    for const in code.co_consts:
        if hasattr(const, 'co_code'):
            ns[const.co_name] = const
    assert 'RETURN_CONST' in text(dis.dis, 'x = 1')
    assert 'Disassembly of' in text(dis.dis, code)
    assert 'LOAD_CONST' in text(dis.dis, bytes([I.LOAD_CONST, 0,
                                                 I.RETURN_VALUE, 0]))

    class Holder:
        pass
    Holder.__dict__  # a class: each code-bearing attribute is listed
    with pytest.raises(TypeError):
        dis.dis(42)
    bytecode = dis.Bytecode(ns['f'])
    assert [i.opname for i in bytecode] == ['RESUME', 'RETURN_CONST']
    assert bytecode.info().startswith('Name:              f')
    assert 'RETURN_CONST' in bytecode.dis()


def test_stack_effect_as_table():
    assert dis.stack_effect(I.POP_TOP) == -1
    assert dis.stack_effect(I.BUILD_TUPLE, 3) == -2
    assert dis.stack_effect(I.FOR_ITER, 0, jump=True) == -1
    assert dis.stack_effect(I.FOR_ITER, 0, jump=False) == 1
    with pytest.raises(ValueError):
        dis.stack_effect(I.BUILD_TUPLE)
    with pytest.raises(ValueError):
        dis.stack_effect(I.POP_TOP, 1)


def test_command_line(tmp_path):
    path = tmp_path / 'prog.py'
    path.write_text('def f(x):\n    return x * 2\nprint(f(3))\n')
    env = dict(os.environ, PYTHONPATH=ROOT)
    result = subprocess.run([sys.executable, '-m', 'ophis.bytecode.dis',
                             str(path)], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert 'Disassembly of <code object f at' in result.stdout
    assert re.search(r'BINARY_OP +5 \(\*\)', result.stdout)
