"""Compile-time errors and warnings of the symbol table and the compiler,
against the host: the same exception class, message, args, positions and
text; the same SyntaxWarnings (and the same SyntaxError when warnings are
errors).  Each case is compiled from source (Ophis's parser) and from the
host's tree, with a file name that exists (so ``text`` is read back from
it) and with one that does not."""

import ast
import warnings

import pytest

import ophis

ERRORS = [
    # the symbol table
    'nonlocal x',
    'def f():\n    global x\n    nonlocal x',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x',
    'def f():\n    x = 1\n    global x',
    'def f():\n    print(x)\n    global x',
    'def f(x):\n    global x',
    'def f():\n    x: int\n    global x',
    'def f():\n    x = 1\n    nonlocal x',
    'def f():\n    print(x)\n    nonlocal x',
    'def f(x):\n    nonlocal x',
    'def f():\n    def g():\n        nonlocal y',
    'class C:\n    nonlocal x',
    'def f():\n    global x\n    x: int = 1',
    'def f():\n    def g():\n        nonlocal x\n        x: int\n    x = 1',
    'def f(a, a): pass',
    'def f(a, *, a): pass',
    'def f(a, /, a): pass',
    'def f(a, *a): pass',
    'def f(a, **a): pass',
    'lambda a, a: 0',
    'def f():\n    from os import *',
    'class C:\n    from os import *',
    '[x for x in (y := [])]',
    '[x for x in [1] for y in (z := x)]',
    '[x := 1 for x in y]',
    '[[(x := 1) for y in z] for x in w]',
    '[i for i in range(5) if (j := 0) for j in range(5)]',
    'class C:\n    [(y := 1) for x in z]',
    'def f():\n    global y\n    [(y := 1) for y in z]',
    '[(lambda: (x := 1)) for y in (x := [])]',
    '[x for x in range(3) if (yield)]',
    '{(yield) for x in y}',
    '{x: (yield) for x in y}',
    '((yield) for x in y)',
    'from __future__ import annotations\nx: (yield)',
    'from __future__ import annotations\nx: (yield from y)',
    'from __future__ import annotations\nx: (await y)',
    'from __future__ import annotations\nx: (y := 1)',
    'from __future__ import annotations\ndef f(a: (yield)): pass',
    'from __future__ import annotations\ndef f() -> (await x): pass',
    'x: (yield)',
    # the code generator
    'break',
    'continue',
    'if x:\n    break',
    'while x:\n    def f():\n        break',
    'for x in y:\n    class C:\n        continue',
    'return',
    'return 1',
    'class C:\n    return',
    'yield',
    'yield from x',
    'class C:\n    yield',
    'await x',
    'def f():\n    await x',
    'lambda: await x',
    'async def f():\n    yield 1\n    return 2',
    'async def f():\n    yield from x',
    'def f():\n    async for x in y: pass',
    'async for x in y: pass',
    'def f():\n    async with x: pass',
    'def f():\n    [x async for x in y]',
    'def f():\n    {x async for x in y}',
    'def f():\n    [await x for x in y]',
    '__debug__ = 1',
    'del __debug__',
    'x.__debug__ = 1',
    'def f(__debug__): pass',
    'def f(*, __debug__=1): pass',
    'lambda __debug__: 0',
    'f(__debug__=1)',
    'import __debug__',
    'from m import x as __debug__',
    'for __debug__ in x: pass',
    'with x as __debug__: pass',
    '__debug__: int',
    'match x:\n    case __debug__: pass',
    'match x:\n    case C(__debug__=1): pass',
    'f(x=1, x=2)',
    'o.m(a=1, b=2, a=3)',
    'class C(x=1, x=2): pass',
    'a, *b, *c = d',
    '[*a, *b] = c',
    '*a = b',
    'x = *a',
    'while 1:\n' + ''.join('    ' * (i + 1) + 'for x in y:\n'
                           for i in range(20)) + '    ' * 21 + 'pass',
    'try:\n    pass\nexcept* E:\n    break',
    'for x in y:\n    try:\n        pass\n    except* E:\n        continue',
    'def f():\n    try:\n        pass\n    except* E:\n        return',
    'x = 1\nfrom __future__ import division',
    'from __future__ import braces',
    'from __future__ import nonsense',
    'from __future__ import division, braces',
    '"doc"\nfrom __future__ import annotations\nimport os\n'
    'from __future__ import division',
    # match statements
    'match x:\n    case y: pass\n    case 1: pass',
    'match x:\n    case _: pass\n    case 1: pass',
    'match x:\n    case [a, a]: pass',
    'match x:\n    case {"k": a, **a}: pass',
    'match x:\n    case [a] | [b]: pass',
    'match x:\n    case [a] | (b as a) | [c]: pass',
    'match x:\n    case {"k": 1, "k": 2}: pass',
    'match x:\n    case {1: a, 1.0: b}: pass',
    'match x:\n    case C(a=1, a=2): pass',
    'match x:\n    case a | 1: pass',
    'match x:\n    case (a as b) | c: pass',
    'match x:\n    case [*a, *b]: pass',
    'match x:\n    case y if y: pass\n    case z: pass\n    case 1: pass',
    'match x:\n    case (1 | 2) as a | 3: pass',
]

WARNINGS = [
    'x is 1',
    'x is not "s"',
    '1 is x',
    'x is ()',
    'x is -1',
    'x is (1, 2)',
    'if x is 1: pass',
    'while x is not b"": pass',
    'x == y is 1',
    'assert (x, "msg")',
    'assert (x,)',
    '(1, 2)(3)',
    '[1, 2](3)',
    '"s"(3)',
    '1(2)',
    'None()',
    'f"x"()',
    '{1: 2}()',
    '{1, 2}()',
    '(x for x in y)()',
    '[x for x in y]()',
    '1[2]',
    'None[2]',
    '{1, 2}[0]',
    '(x for x in y)[0]',
    '(lambda: 0)[0]',
    '...[0]',
    '"abc"["x"]',
    '[1, 2]["x"]',
    '(1, 2)[1.5]',
    '[x for x in y][(1, 2)]',
    'f"x"[()]',
    'x = [1, 2] [3, 4]',
    'def f():\n    return (1, 2)(3)',
    'class C:\n    x = "a"["b"]',
    'lambda: 1 is 1',
]


def _text_file(tmp_path, source):
    path = tmp_path / 'case.py'
    path.write_text(source, encoding='utf-8')
    return str(path)


def _error(function, source, filename):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            function(source, filename, 'exec', dont_inherit=True)
    except SyntaxError as exc:
        return (type(exc), exc.args, exc.msg, exc.lineno, exc.offset,
                exc.end_lineno, exc.end_offset, exc.text, exc.filename)
    return None


def _check_error(source, filename):
    host = _error(compile, source, filename)
    assert host is not None, 'the host compiles this case'
    assert _error(ophis.compile, source, filename) == host
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return      # the parser's error: nothing for the compiler to do
    host_tree = _error(compile, tree, filename)
    assert host_tree is not None
    assert _error(ophis.compile, ast.parse(source), filename) == host_tree


@pytest.mark.parametrize('source', ERRORS)
def test_error_as_host(source, tmp_path):
    _check_error(source, '<string>')
    _check_error(source, _text_file(tmp_path, source))


def _warnings(function, source, filename):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        function(source, filename, 'exec', dont_inherit=True)
    return [(w.category, str(w.message), w.filename, w.lineno)
            for w in caught]


@pytest.mark.parametrize('source', WARNINGS)
def test_warnings_as_host(source, tmp_path):
    host = _warnings(compile, source, '<string>')
    assert host, 'the host warns about nothing'
    assert _warnings(ophis.compile, source, '<string>') == host
    assert _warnings(ophis.compile, ast.parse(source), '<string>') == \
        _warnings(compile, ast.parse(source), '<string>')
    # Warnings turned into errors become SyntaxErrors.
    filename = _text_file(tmp_path, source)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        host_error = _error(compile, source, filename)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        assert _error(ophis.compile, source, filename) == host_error


NO_WARNING = [
    'x is None', 'x is True', 'x is ...', 'x is not False', 'assert x, y',
    'f()(1)', '"abc"[1:2]', '[1, 2][0]', '(1, 2)[x]', 'x[1]',
    '{1: 2}[1]', '"s"[True]', 'assert ()', '"abc"[0]', '"abc"[x]',
    '[1][0:1]',
]


@pytest.mark.parametrize('source', NO_WARNING)
def test_no_warning_as_host(source):
    assert _warnings(compile, source, '<s>') == []
    assert _warnings(ophis.compile, source, '<s>') == []
