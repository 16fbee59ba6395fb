"""Compile-and-disassemble tests of the tricky shapes of code that the eval
loop relies on (and CPython 3.11's where they are observable)."""

import ast

import pytest

import ophis
from ophis.bytecode import exceptiontable, instructions as I
from tests.compiler.support import check_code, decode, walk_codes


def code_of(source, name=None):
    top = ophis.compile(source, '<shape>', 'exec')
    for code in walk_codes(top):
        check_code(code)
    if name is None:
        return top
    for code in walk_codes(top):
        if code.co_name == name:
            return code
    raise LookupError(name)


def ops(code):
    return [(I.opname[op], arg) for _, op, arg, _ in decode(code)]


def names(code):
    return [name for name, _ in ops(code)]


def test_generator_prologue():
    code = code_of('def g(a):\n    def h(): return a\n    yield a\n', 'g')
    assert names(code)[:4] == ['MAKE_CELL', 'RETURN_GENERATOR', 'POP_TOP',
                               'RESUME']
    inner = code_of('def g(a):\n    def h(): return a\n    yield a\n', 'h')
    assert ops(inner)[:2] == [('COPY_FREE_VARS', 1), ('RESUME', 0)]
    assert inner.co_localsplusnames == ('a',)


def test_yield_from_shape_and_its_handler():
    code = code_of('def g():\n    x = yield from y\n', 'g')
    listing = ops(code)
    start = names(code).index('SEND')
    assert [n for n, _ in listing[start:start + 5]] == [
        'SEND', 'YIELD_VALUE', 'RESUME', 'JUMP_BACKWARD_NO_INTERRUPT',
        'CLEANUP_THROW']
    assert listing[start + 2] == ('RESUME', I.RESUME_AFTER_YIELD_FROM)
    # Only the YIELD_VALUE is covered, with the receiver and one value.
    (entry,) = exceptiontable.decode(code.co_exceptiontable)
    units = [s for s, _, _, _ in decode(code)]
    assert entry[:3] == (units[start + 1], units[start + 2],
                         units[start + 4])
    assert entry[3:] == (2, False)


def test_await_resumes_with_3():
    code = code_of('async def f():\n    await x\n', 'f')
    assert ('RESUME', I.RESUME_AFTER_AWAIT) in ops(code)
    assert ('GET_AWAITABLE', 0) in ops(code)


def test_class_cell():
    source = 'class C:\n    def m(self):\n        return super().m()\n'
    body = code_of(source, 'C')
    assert body.co_cellvars == ('__class__',)
    listing = names(body)
    assert listing[-4:] == ['LOAD_CLOSURE', 'COPY', 'STORE_NAME',
                            'RETURN_VALUE']
    assert body.co_names[-1] == '__classcell__'
    method = code_of(source, 'm')
    assert method.co_freevars == ('__class__',)


def test_comprehension_is_a_function_of_dot_zero():
    top = code_of('r = [x * 2 for x in y if x]')
    listing = names(top)
    assert listing[listing.index('MAKE_FUNCTION') + 1:
                   listing.index('MAKE_FUNCTION') + 4] == [
        'LOAD_NAME', 'GET_ITER', 'CALL']
    comp = code_of('r = [x * 2 for x in y if x]', '<listcomp>')
    assert comp.co_varnames == ('.0', 'x')
    assert comp.co_argcount == 1
    assert ops(comp)[1:3] == [('BUILD_LIST', 0), ('LOAD_FAST', 0)]


def test_calls():
    listing = ops(code_of('f(1, k=2)\no.m(3)\ng(*a, **b)'))
    assert ('LOAD_NAME', 0) in listing and ('PUSH_NULL', 0) in listing
    assert ('CALL_KW', 2) in listing
    assert ('LOAD_METHOD', 2) in listing and ('CALL', 1) in listing
    assert ('CALL_FUNCTION_EX', 1) in listing
    glob = code_of('def f():\n    return g(1)\n', 'f')
    # The NULL of a call to a global is LOAD_GLOBAL's low bit.
    assert ops(glob)[1] == ('LOAD_GLOBAL', 1)
    assert 'PUSH_NULL' not in names(glob)


def test_keyword_names_are_a_constant_tuple():
    code = code_of('f(a=1, b=2)')
    listing = ops(code)
    index = names(code).index('CALL_KW')
    assert listing[index - 1][0] == 'LOAD_CONST'
    assert code.co_consts[listing[index - 1][1]] == ('a', 'b')


def test_while_loop_closes_with_a_backward_jump():
    code = code_of('def f(x):\n    while x:\n        x -= 1\n', 'f')
    listing = names(code)
    assert 'JUMP_BACKWARD' in listing
    # Conditional jumps only go forward (checked by check_code too).
    for start, op, arg, end in decode(code):
        if op in (I.POP_JUMP_IF_FALSE, I.POP_JUMP_IF_TRUE):
            assert arg > start


def test_loads_of_locals_that_may_be_unbound():
    code = code_of('def f(a):\n    if a:\n        b = 1\n    print(b)\n'
                   '    del a\n    return a\n', 'f')
    listing = ops(code)
    assert ('LOAD_FAST_CHECK', 1) in listing      # b: maybe unbound
    assert ('LOAD_FAST', 0) in listing            # a, before del
    assert listing.count(('LOAD_FAST_CHECK', 0)) == 1   # a, after del
    handler = code_of('def f():\n    try:\n        x = g()\n'
                      '    except E:\n        return x\n', 'f')
    assert ('LOAD_FAST_CHECK', 0) in ops(handler)


def test_with_statement_handler_keeps_lasti():
    code = code_of('def f():\n    with a as b:\n        pass\n', 'f')
    entries = exceptiontable.decode(code.co_exceptiontable)
    assert entries and all(lasti for *_, lasti in entries)
    assert 'WITH_EXCEPT_START' in names(code)
    assert ('CALL', 2) in ops(code)           # __exit__(None, None, None)


def test_extended_arg_jumps():
    body = ''.join(f'        x{i} = {i}\n' for i in range(300))
    code = code_of(f'def f(c):\n    if c:\n{body}    return c\n', 'f')
    assert I.EXTENDED_ARG in code.co_code[::2]
    jump = [arg for _, op, arg, _ in decode(code)
            if op == I.POP_JUMP_IF_FALSE]
    assert jump and jump[0] > 255
    check_code(code)


def test_return_const_and_none_return():
    assert ops(code_of('def f():\n    return 1\n', 'f'))[-1] == \
        ('RETURN_CONST', 1)
    assert names(code_of('def f(): pass', 'f'))[-1] == 'RETURN_CONST'


def test_interactive_prints():
    code = ophis.compile(ast.parse('x', mode='single'), '<i>', 'single')
    assert 'PRINT_EXPR' in names(code)


@pytest.mark.parametrize('source', [
    '2 ** 128', '2 ** 129', '2 ** -1', '1 << 127', '1 << 128', '1 << -1',
    '"a" * 4096', '"a" * 4097', 'b"ab" * 2048', 'b"ab" * 2049',
    '(1,) * 256', '(1,) * 257', '(1, 2) * 128', '((1,) * 2,) * 300',
    '10 ** 38 * 10 ** 2', '1 / 0', '"%s" % 5', '~5', '-(1, 2)', '"abc"[1]',
    '"abc"[5]', '(1, 2, 3)[1:]', 'not 0', 'x in [1, 2, 3]',
    'x in {1, 2}', 'for i in [1, 2]: pass', '[i for i in {1, 2}]',
    '1 + 2 * 3 - 4', '(1, 2) + (3,)', 'frozenset() | 5', '1j * 1j',
    '"%s %r" % (a, b)', '"%d" % (a,)', '"%5s" % (a,)', '"%-5.3s|" % (a,)',
])
def test_constant_folding_as_host(source):
    host = compile(source, '<fold>', 'exec')
    mine = ophis.compile(source, '<fold>', 'exec')

    def constants(code):
        out = set()
        for c in walk_codes(code):
            out.update(repr(k) for k in c.co_consts
                       if not hasattr(k, 'co_code'))
        return out
    assert constants(mine) == constants(host)
