"""Hand-assembled code run by the VM (before the compiler exists)."""

import traceback

import pytest

from ophis.vm.function import Function
from tests.vm.asm import assemble


def make(body, **kw):
    code = assemble(body, **kw)
    return Function(code, {'__name__': 'mod', '__builtins__': __builtins__})


def test_add():
    add = make([('RESUME', 0), ('LOAD_FAST', 0), ('LOAD_FAST', 1),
                ('BINARY_OP', 0), ('RETURN_VALUE', None)],
               varnames=('a', 'b'), argcount=2, name='add')
    assert add(2, 3) == 5
    assert add('a', 'b') == 'ab'


def test_loop_and_call():
    # def total(n): t = 0; for i in range(n): t += i; return t
    total = make([
        ('RESUME', 0),
        ('LOAD_CONST', 0), ('STORE_FAST', 1),
        ('LOAD_GLOBAL', 1), ('LOAD_FAST', 0), ('CALL', 1), ('GET_ITER', None),
        'top:', ('FOR_ITER', 'end'), ('STORE_FAST', 2),
        ('LOAD_FAST', 1), ('LOAD_FAST', 2), ('BINARY_OP', 13),
        ('STORE_FAST', 1), ('JUMP_BACKWARD', 'top'),
        'end:', ('LOAD_FAST', 1), ('RETURN_VALUE', None)],
        consts=(0,), names=('range',), varnames=('n', 't', 'i'), argcount=1)
    assert total(10) == 45


def test_exception_handler():
    # try: 1/0 except: return 'caught'
    f = make([
        ('RESUME', 0),
        'try:', ('LOAD_CONST', 0), ('LOAD_CONST', 1), ('BINARY_OP', 11),
        ('RETURN_VALUE', None),
        'handler:', ('PUSH_EXC_INFO', None), ('POP_TOP', None),
        ('POP_EXCEPT', None), ('LOAD_CONST', 2), ('RETURN_VALUE', None),
        'end:'],
        consts=(1, 0, 'caught'), handlers=[('try', 'handler', 'handler', 0,
                                             False)])
    assert f() == 'caught'


def test_uncaught_traceback_points_at_ophis_code(tmp_path):
    source = tmp_path / 'm.py'
    source.write_text('x = 1\ny = 2\nz = x / 0\n')
    f = make([('RESUME', 0, 1), ('LOAD_CONST', 0, 3), ('LOAD_CONST', 1, 3),
              ('BINARY_OP', 11, 3), ('RETURN_VALUE', None, 3)],
             consts=(1, 0), filename=str(source), name='g')
    with pytest.raises(ZeroDivisionError) as info:
        f()
    entries = traceback.extract_tb(info.value.__traceback__)
    assert (entries[-1].filename, entries[-1].lineno, entries[-1].name) == (
        str(source), 3, 'g')
