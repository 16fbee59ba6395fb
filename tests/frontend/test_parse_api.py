"""ophis.parse behaves as ast.parse: modes, options, argument checking,
errors outside the 'exec' corpus, the parser's limits."""
import ast
import os
import sys
import warnings

import pytest

import ophis
from tests.frontend.ast_compare import error_fields, first_difference


def outcome(parse, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            tree = parse(*args, **kwargs)
        except SyntaxError as exc:
            return ('error', error_fields(exc))
        except (ValueError, TypeError, MemoryError, RecursionError,
                AssertionError) as exc:
            return ('error', type(exc).__name__, str(exc))
    return ('tree', tree)


def assert_same(*args, **kwargs):
    expected = outcome(ast.parse, *args, **kwargs)
    actual = outcome(ophis.parse, *args, **kwargs)
    if expected[0] == 'tree' and actual[0] == 'tree':
        assert first_difference(expected[1], actual[1]) is None
    else:
        assert actual == expected


MODE_CASES = [
    ('x + 1', 'eval'),
    ('x + 1\n\n', 'eval'),
    ('x, *y', 'eval'),
    ('x = 1', 'eval'),
    ('', 'eval'),
    ('(a, b) -> c', 'func_type'),
    ('() -> None', 'func_type'),
    ('(*a, **k) -> x', 'func_type'),
    ('(int, *str) -> x', 'func_type'),
    ('a -> b', 'func_type'),
    ('x = 1', 'single'),
    ('if x:\n    y\n', 'single'),
    ('if x:\n    y', 'single'),
    ('x = 1\ny = 2\n', 'single'),
    ('x = 1; y = 2', 'single'),
    ('x = 1\n# comment\n\n', 'single'),
    ('', 'single'),
    ('\n', 'single'),
    ('for x in y:\n    pass\nz\n', 'single'),
    ('print 1', 'single'),
    ('x = (1 2)', 'eval'),
    ('@d\ndef f(): pass\n', 'single'),
]


@pytest.mark.parametrize('source,mode', MODE_CASES)
def test_modes(source, mode):
    assert_same(source, mode=mode)


TYPE_COMMENT_CASES = [
    'x = []  # type: List[int]\n',
    'def f(a, b):\n    # type: (int, str) -> None\n    pass\n',
    'def f(a,  # type: int\n      b,  # type: str\n      ):\n    pass\n',
    'for x in y:  # type: int\n    pass\n',
    'with a as b:  # type: int\n    pass\n',
    'x = 1  # type: ignore\ny = 2  # type: ignore[attr]\n',
    'def f(*,  # type: int\n      a):\n    pass\n',
    'def f():\n    # type: () -> None\n    # type: () -> None\n    pass\n',
    'def f(a):  # type: (int) -> None\n    pass\n',
    'async def f():\n    async for x in y:  # type: int\n        pass\n',
    'def f(): # type: () -> None\npass\n',
    'for x in y: # type: int\npass\n',
    'with a: # type: int\npass\n',
    'def f(a, *, # type: int\n      b): pass\n',
    'x = 1 # type: int\ny = 2 3\n',
]


@pytest.mark.parametrize('source', TYPE_COMMENT_CASES)
def test_type_comments(source):
    assert_same(source, type_comments=True)
    assert_same(source)


FEATURE_CASES = [
    ('(x := 1)', (3, 7)),
    ('def f(a, /): pass', (3, 7)),
    ('lambda a, /: 0', (3, 7)),
    ('x: int = 1', (3, 5)),
    ('a @ b', (3, 4)),
    ('a @= b', (3, 4)),
    ('async def f(): pass', (3, 4)),
    ('async def f():\n    await x\n', (3, 4)),
    ('async def f():\n    async for x in y: pass\n', (3, 4)),
    ('async def f():\n    async with x: pass\n', (3, 4)),
    ('async def f():\n    [x async for x in y]\n', (3, 5)),
    ('with (a, b): pass', (3, 8)),
    ('with (a as b, c): pass', (3, 8)),
    ('match x:\n    case 1: pass\n', (3, 9)),
    ('try:\n    pass\nexcept* E:\n    pass\n', (3, 10)),
    ('x = 1_000', (3, 5)),
    ('f"{x=}"', (3, 7)),
    ('async = 1', (3, 6)),
    ('await = 1', (3, 6)),
    ('def f():\n    async = 1\n', (3, 6)),
    ('async def f():\n    async = 1\n', (3, 6)),
    ('x = 1', 7),
    ('(x := 1)', (3, 8)),
]


@pytest.mark.parametrize('source,version', FEATURE_CASES)
def test_feature_version(source, version):
    assert_same(source, feature_version=version)


@pytest.mark.parametrize('source', [
    'x\0', b'x\0', 123, None, bytearray(b'x = 1'), memoryview(b'x = 1'),
])
def test_source_types(source):
    assert_same(source)


def test_ast_passes_through():
    tree = ast.parse('x')
    assert ophis.parse(tree) is tree


@pytest.mark.parametrize('kwargs', [
    {'mode': 'bad'}, {'filename': 123}, {'filename': b'name.py'},
    {'filename': os.path.join('dir', 'f.py')},
])
def test_arguments(kwargs):
    assert_same('x = (1', **kwargs)


def test_text_comes_from_the_file(tmp_path):
    # CPython reads the line of an error in 'exec' mode from the named file
    # when it exists, whatever the source given.
    path = tmp_path / 'other.py'
    path.write_text('first line\nsecond line of the file\n')
    assert_same('x = 1\ny = 2 3\n', str(path))
    assert_same('x = 1\ny = 2 3\n', str(path), 'eval')


DEEP_CASES = [
    '-' * 100000 + '1',
    '-' * 3000 + '1',
    'not ' * 10000 + 'x',
    '(' * 300 + ')' * 300,
    '(' * 199 + ')' * 199,
    '[' * 150 + ']' * 150,
    '{' * 150 + '}' * 150,
    'x' + '.y' * 10000,
    'x' + '+x' * 10000,
    'x' + '(x)' * 5000,
    'lambda: ' * 5000 + 'x',
    '2**' * 5000 + '2',
    'x if x else ' * 10000 + 'x',
    'f(' * 150 + ')' * 150,
    ''.join('if x:\n' + ' ' * (i + 1) for i in range(100)) + 'pass\n',
    ''.join(' ' * i + 'if x:\n' for i in range(99)) + ' ' * 99 + 'pass\n',
    'x = ' + 'y = ' * 10000 + '1',
    'a,' * 10000,
    '[' + '1, ' * 20000 + ']',
    'f"{' + '-' * 4000 + 'x}"',
]


@pytest.mark.parametrize('source', DEEP_CASES)
def test_deep_nesting(source):
    assert_same(source)


def test_deep_nesting_at_a_lower_recursion_limit():
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(400)
    try:
        assert_same('-' * 1000 + '1')
        assert_same('x' + '.y' * 1000)
    finally:
        sys.setrecursionlimit(limit)


@pytest.mark.parametrize('source', [
    'x = 1\n', 'ｉｆ = 1\n', 'ℌ = 1\n', 'def ｆ(ａ): return ａ\n',
    'import ｍｏｄ.ｓｕｂ as ｘ\n', 'class Ｃ: pass\n', 'x.ｙ = 1\n',
    'f(ｋｅｙ=1)\n', 'match x:\n    case Ｐ(ｋ=1): pass\n',
])
def test_identifiers_are_normalized(source):
    assert_same(source)
