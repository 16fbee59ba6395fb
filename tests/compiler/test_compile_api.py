"""ophis.compile has the builtin compile()'s interface: arguments, flags,
modes, optimization levels, AST input; compared with the host."""

import ast
import pathlib
import types
import warnings

import pytest

import ophis
from ophis.bytecode import instructions as I
from ophis.bytecode.code import CO_FUTURE_ANNOTATIONS, Code
from tests.compiler.support import check_code, decode, line_sequence, \
    stdlib_files, walk_codes


def outcome(function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as exc:
        return type(exc), str(exc)
    return type(result).__name__ if not isinstance(
        result, (Code, types.CodeType)) else 'code'


@pytest.mark.parametrize('args, kwargs', [
    (('x', 's', 'nope'), {}),
    (('x', 's', 'func_type'), {}),
    (('x', 's', 'nope', ast.PyCF_ONLY_AST), {}),
    (('x', 's', 'exec', 0x80000000), {}),
    (('x', 's', 'exec'), {'optimize': 3}),
    (('x', 's', 'exec'), {'optimize': -2}),
    (('x', 's', 'exec'), {'optimize': '1'}),
    (('x', 's', 'exec', '0'), {}),
    (('x', 's', 5), {}),
    ((5, 's', 'exec'), {}),
    (('x', 5, 'exec'), {}),
    (('x\0', 's', 'exec'), {}),
    ((b'x\0', 's', 'exec'), {}),
    ((b'x', b's', 'exec'), {}),
    ((bytearray(b'x'), 's', 'exec'), {}),
    ((memoryview(b'x = 1'), 's', 'exec'), {}),
    (('x', pathlib.Path('p.py'), 'exec'), {}),
    (('x', 's', 'eval'), {}),
    (('x = 1', 's', 'eval'), {}),
    (('x\ny', 's', 'single'), {}),
    (('x', 's', 'exec', -0x80000001), {}),
    (('x', 's', 'exec'), {'optimize': 1 << 40}),
    (('x', 's', 'exec', ast.PyCF_ONLY_AST), {}),
    (('(x) -> y', 's', 'func_type', ast.PyCF_ONLY_AST), {}),
    ((ast.parse('x'), 's', 'eval'), {}),
    ((ast.parse('x', mode='eval'), 's', 'exec'), {}),
    ((ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []), 's', 'exec'),
     {}),
    ((ast.parse('x'), 's', 'exec', ast.PyCF_ONLY_AST), {}),
    (('x', 's', 'exec', 0x10), {}),
    (('await x', 's', 'exec', ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), {}),
])
def test_arguments_as_host(args, kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        assert outcome(ophis.compile, *args, **kwargs) == \
            outcome(compile, *args, **kwargs)


def test_only_ast_gives_the_tree():
    source = 'def f(a, *, b=1):\n    return a + b\n'
    tree = ophis.compile(source, 'f.py', 'exec', ast.PyCF_ONLY_AST)
    assert ast.dump(tree, include_attributes=True) == ast.dump(
        ast.parse(source), include_attributes=True)
    given = ast.parse(source)
    assert ophis.compile(given, 'f.py', 'exec', ast.PyCF_ONLY_AST) is given


def test_tree_is_not_changed():
    source = ('x = 1 + 2 * 3\nif __debug__: pass\n'
              'for i in [1, 2]: pass\ny = "%s" % (x,)\nz = not a in b\n'
              'def f():\n    "a" "b"\n    return -1\n')
    tree = ast.parse(source)
    before = ast.dump(tree, include_attributes=True)
    ophis.compile(tree, 's', 'exec', optimize=1)
    assert ast.dump(tree, include_attributes=True) == before


def test_eval_and_single_modes_as_host():
    for source, mode in [('a + b', 'eval'), ('x = 1', 'single'),
                         ('f(x)', 'single'), ('if x:\n    y\n\n', 'single'),
                         ('1', 'single'), ('x: int = 1', 'single')]:
        tree = ast.parse(source, mode=mode)
        host = compile(tree, 's', mode)
        mine = ophis.compile(tree, 's', mode)
        check_code(mine)
        assert list(mine.co_positions())[-1] == \
            list(host.co_positions())[-1]
        assert mine.co_names == host.co_names
        host_ops = {i.opname for i in __import__('dis').get_instructions(host)}
        mine_ops = {I.opname[op] for _, op, _, _ in decode(mine)}
        assert ('PRINT_EXPR' in mine_ops) == ('PRINT_EXPR' in host_ops)
        assert ('SETUP_ANNOTATIONS' in mine_ops) == \
            ('SETUP_ANNOTATIONS' in host_ops)


def test_top_level_await_flag_as_host():
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    for source in ['await x', 'async for a in b: pass',
                   'async with a: pass', '[x async for x in y]', 'x = 1',
                   '(x async for x in y)']:
        host = compile(source, 's', 'exec', flags)
        mine = ophis.compile(source, 's', 'exec', flags)
        assert mine.co_flags == host.co_flags, source


def test_future_flags_inherited_as_host():
    namespace = {'ophis': ophis}
    exec(compile('from __future__ import annotations\n'
                 'def host(**kw):\n'
                 '    return compile("x: int", "s", "exec", **kw).co_flags\n'
                 'def mine(**kw):\n'
                 '    return ophis.compile("x: int", "s", "exec", **kw)'
                 '.co_flags\n', 's', 'exec'), namespace)
    assert namespace['mine']() == namespace['host']()
    assert namespace['mine']() & CO_FUTURE_ANNOTATIONS
    assert namespace['mine'](dont_inherit=True) == \
        namespace['host'](dont_inherit=True)
    assert not namespace['mine'](dont_inherit=True) & CO_FUTURE_ANNOTATIONS


@pytest.mark.parametrize('optimize', [0, 1, 2])
def test_optimize_levels_as_host(optimize):
    source = ('"module doc"\nassert x, "m"\nif __debug__:\n    y()\n'
              'def f():\n    "f doc"\n    assert y\n    return __debug__\n'
              'class C:\n    "c doc"\n')
    host = compile(source, 's', 'exec', optimize=optimize)
    mine = ophis.compile(source, 's', 'exec', optimize=optimize)
    for h, m in zip(walk_codes(host), walk_codes(mine)):
        check_code(m)
        assert [c for c in m.co_consts if not isinstance(c, Code)] == \
            [c for c in h.co_consts if not isinstance(c, types.CodeType)]
        assert m.co_names == h.co_names
        assert line_sequence(m) == line_sequence(h)


@pytest.mark.parametrize('optimize', [1, 2])
def test_optimize_levels_on_the_stdlib(optimize):
    files = stdlib_files(include_tests=False)[:60]
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for path in files:
            tree = ast.parse(pathlib.Path(path).read_bytes())
            host = compile(tree, path, 'exec', optimize=optimize)
            mine = ophis.compile(tree, path, 'exec', optimize=optimize)
            for h, m in zip(walk_codes(host), walk_codes(mine)):
                check_code(m)
                assert m.co_consts[:1] == h.co_consts[:1] or \
                    isinstance(h.co_consts[0], types.CodeType), path
                assert m.co_names == h.co_names, (path, h.co_name)


def test_missing_position_in_tree_as_host():
    tree = ast.Module([ast.Expr(ast.Name('x', ast.Load()))], [])
    assert outcome(ophis.compile, tree, 's', 'exec') == \
        outcome(compile, tree, 's', 'exec')
    ast.fix_missing_locations(tree)
    assert outcome(ophis.compile, tree, 's', 'exec') == 'code'
