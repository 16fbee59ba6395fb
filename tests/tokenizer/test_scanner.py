"""The parser-mode Tokenizer against the host.

Token streams of valid snippets are compared with the host's tokenize module
converted to the C tokenizer's conventions (oracle.py); the conventions
themselves (NEWLINE, INDENT, DEDENT and ENDMARKER positions) are checked
against the positions the host's parser reports at those tokens.
"""
import ast
import unicodedata
import warnings

import pytest

from ophis.tokenizer import Tokenizer, tokens
from tests.tokenizer.oracle import error_fields, host_error, parser_tokens_from_tokenize

VALID = [
    '',
    '\n',
    'x',
    'x = 1\n',
    'x = 1',
    '\n\n\nx\n\n\n',
    '# only a comment',
    '# only a comment\n',
    'x = 1  # comment\ny = 2\n',
    'if x:\n    y\n',
    'if x:\n    y\nz\n',
    'if a:\n  if b:\n    if c:\n      d\ne\n',
    'if a:\n  if b:\n    c\n',
    'if a:\n  if b:\n    c\n  # comment\n\n',
    'if a:\n\tb\n\tif c:\n\t\td\n',
    'if a:\n    b\n  \n\n    c\n',
    'def f(a, *, b=1, **k) -> None:\n    """Doc."""\n    return a @ b\n',
    'class C(Base, metaclass=M):\n    pass\n',
    'x = [1,\n     2,\n     3]\n',
    'x = (1 +\n  # comment inside\n\n     2)\n',
    'x = {\n}\n',
    'x = 1 + \\\n    2\n',
    'if x \\\n  and y:\n    pass\n',
    'x = 1;\n',
    'x = 1; y = 2\n',
    'a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7\n',
    'a >>= 1; b <<= 2; c &= 3; d |= 4; e ^= 5; f @= 6\n',
    'a = b == c != d <= e >= f < g > h\n',
    'a = ~b | c & d ^ e << f >> g\n',
    'f = lambda: ...\n',
    'def f() -> int: pass\n',
    'if (n := 10) > 5: pass\n',
    'x[1:2, ::3]\n',
    'x = a.b.c\n',
    'x = 0 + 00 + 0_0 + 1 + 123 + 1_000_000\n',
    'x = 0x1F + 0X_ab + 0o17 + 0O_7 + 0b101 + 0B_1\n',
    'x = 1.5 + 1. + .5 + 1e5 + 1E-5 + 1.5e+3 + 1_0.0_1e1_0\n',
    'x = 1j + 1.5J + 1e5j + .5j + 0777j + 0777.5 + 0777e1 + 09.5\n',
    'x = 1 .real + 1..real + 1.5.real\n',
    'x = 0x1.real\n',
    'x = 1if y else 2\n',
    'x = [0x1for x in y]\n',
    'x = 1or 2\n',
    "x = 'a' + \"b\" + '''c''' + \"\"\"d\"\"\"\n",
    "x = b'a' + rb'b' + Rb'c' + bR'd' + BR'e' + br'f' + r'g' + u'h' + U'i'\n",
    "x = f'a' + F'b' + fr'c' + rf'd' + Rf'e' + fR'f' + RF'g'\n",
    "x = f'{a!r:>{width}}' + f\"{b}\"\n",
    "x = '''a\nb\nc'''\n",
    'x = """\n\n"""\n',
    'x = """a""" """b"""\n',
    "x = 'a\\\nb'\n",
    "x = '''a\\\n'''\n",
    "x = ''\n",
    "x = ''''''\n",
    "x = '\\''\n",
    "x = '''a''''b'\n",
    "x = 'a' 'b'\n",
    "print'x'\n",
    "bu'x'\n",
    "ur'x'\n",
    "x = 'é' + 'ü'\n",
    'é = 1\n',
    'naïve = café\n',
    'ｉｆ = 1\n',
    'x = ℕ\n',
    '_ = __ = ___\n',
    'x = "€"  # €\n',
    'async def f():\n    await x\n    async with a: pass\n    async for i in b: pass\n',
    'async = 1\nawait = 2\n',
    'match x:\n    case [a, *_]:\n        pass\n    case _:\n        pass\n',
    '@decorator\ndef f(): pass\n',
    'try:\n    pass\nexcept* E:\n    pass\n',
    'x = a if b else c\n',
    'x = [i for i in range(3) if i]\n',
    'del x\n',
    'global x\n',
    'x\f= 1\n',
    '\fx = 1\n',
    '  \f  \n',
    'if x:\n  \f  y\n',
    'x = 1\r\ny = 2\r\n',
    'x = 1\ry = 2\r',
    'if x:\r\n    y\r\n',
    "x = '''a\r\nb'''\r\n",
    'x = (\n    1,\n)  # comment\n',
    '\\\nx = 1\n',
    'x = 1\n\n\n# trailing comment',
    'def f():\n    pass\n\n\n\n',
    'def f():\n    pass\n    # comment at end',
    'x = (\n)\n',
    'x = 1  \n',
    'x = 1\t\n',
    'if True:\n    x = [\n1,\n        2]\n    y = 3\n',
    'x = $\n',
    'x = ?\n',
    'x = a ! b\n',
    'x = `\n',
    'x = 1 => 2\n',
    'x = a->b\n',
    'x = ...\n',
    'x = ....\n',
]


def _ours(source, **kwargs):
    return list(Tokenizer(source, **kwargs))


@pytest.mark.parametrize('source', VALID)
def test_tokens_match_the_host(source):
    data = source.encode('utf-8')
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        expected = parser_tokens_from_tokenize(data)
        if any(t[0] == tokens.ERRORTOKEN for t in expected):
            pytest.skip('tokenize has no C-tokenizer equivalent here')
        # The C tokenizer's OP for a stray character, and its NOTEQUAL for <>.
        assert _ours(data) == expected
        assert _ours(source) == expected


@pytest.mark.parametrize('source, stray', [
    ('x = $\n', '$'), ('x = ?\n', '?'), ('x = a ! b\n', '!'), ('x = `\n', '`')])
def test_stray_characters_are_op_tokens(source, stray):
    # The host's parser reports "invalid syntax" at exactly that token.
    toks = _ours(source)
    tok = next(t for t in toks if t[1] == stray)
    assert tok[0] == tokens.OP
    fields = host_error(source)
    assert fields[1] == 'invalid syntax'
    assert fields[3:7] == (tok[2], tok[3] + 1, tok[4], tok[5] + 1)


def test_not_equal_spelled_as_in_python_2():
    toks = _ours('x <> y\n')
    assert toks[1][:2] == (tokens.NOTEQUAL, '<>')
    fields = host_error('x <> y\n')
    assert fields[3:7] == (1, toks[1][3] + 1, 1, toks[1][5] + 1)


# -- the positions of NEWLINE, INDENT, DEDENT and ENDMARKER -------------------

def _error_at(source, **kwargs):
    fields = host_error(source, **kwargs)
    assert fields is not None
    return fields[3:7]


@pytest.mark.parametrize('source', [
    'x = 1 +\n', 'x = 1 +', 'x = 1 +  # comment\n', 'x = (1,\n     2) +\n',
    'é = 1 +\n', 'if x:\n    y = 1 +  # é\n', 'x = """a\nb""" +\n', 'x = 1 + \\\n\n',
])
def test_newline_position(source):
    # "invalid syntax" at the NEWLINE: pegen reports col + 1 .. end_col + 1.
    lineno, col, end_lineno, end_col = _error_at(source)
    newline = next(t for t in _ours(source) if t[0] == tokens.NEWLINE and t[2] == lineno)
    line = newline[6]
    assert (lineno, end_lineno) == (newline[2], newline[4])
    # The host converts the byte columns to characters.
    assert col == len(line.encode()[:newline[3]].decode()) + 1
    assert end_col == len(line.encode()[:newline[5]].decode()) + 1


@pytest.mark.parametrize('source', [
    '@x\n', '@x', 'if x:\n  pass\n@x\n', 'if x:\n  pass\n@x\n\n\n',
    'if x:\n  pass\n@x\n  \n# c\n', 'x = 1\n@y\n# comment',
])
def test_endmarker_position(source):
    # "invalid syntax" at ENDMARKER: its columns are -1, so offsets are 0.
    endmarker = _ours(source)[-1]
    assert endmarker[0] == tokens.ENDMARKER
    assert endmarker[3] == endmarker[5] == -1
    assert _error_at(source) == (endmarker[2], 0, endmarker[4], 0)


@pytest.mark.parametrize('source, mode', [
    ('', 'eval'), ('1 +', 'eval'), ('1 +  ', 'eval'), ('\n', 'eval'), ('#c', 'eval'),
    ('x = 1 +', 'single'), ('@x', 'single'), ('if x:\n  y +', 'single'),
    ('() -> x +', 'func_type'),
])
def test_endmarker_position_other_modes(source, mode):
    toks = _ours(source, mode=mode)
    last = toks[-1]
    assert last[0] == tokens.ENDMARKER
    if mode == 'single' and len(toks) > 1:
        # pegen turns the first ENDMARKER into a NEWLINE in 'single' mode.
        assert toks[-2][0] in (tokens.NEWLINE, tokens.DEDENT)
    assert _error_at(source, mode=mode) == (last[2], 0, last[4], 0)


@pytest.mark.parametrize('source', [
    'x\n  y\n', 'if x:\n    y\n      z\n', '  \\\nx\n', 'x = 1\n\n\n    y = 2\n',
    'if x:\n  pass\n\n  # c\n     y\n',
])
def test_indent_line(source):
    # "unexpected indent" is reported on the INDENT's line.
    indents = [t for t in _ours(source) if t[0] == tokens.INDENT]
    assert indents[-1][3] == indents[-1][5] == -1
    assert _error_at(source)[0] == indents[-1][2]


def test_dedents_at_end_of_input():
    toks = _ours('if a:\n  if b:\n    c\n\n\n')
    dedents = [t for t in toks if t[0] == tokens.DEDENT]
    assert [t[2:6] for t in dedents] == [(5, -1, 5, -1)] * 2
    assert toks[-1][:6] == (tokens.ENDMARKER, '', 5, -1, 5, -1)


def test_line_of_a_multiline_string_is_its_first():
    toks = _ours('x = """a\nb"""\n')
    string = toks[2]
    assert string[:6] == (tokens.STRING, '"""a\nb"""', 1, 4, 2, 4)
    assert string[6] == 'x = """a\n'


def test_byte_columns():
    toks = _ours('é = "ü€" + ñ\n')
    assert [(t[1], t[3], t[5]) for t in toks[:5]] == [
        ('é', 0, 2), ('=', 3, 4), ('"ü€"', 5, 12), ('+', 13, 14), ('ñ', 15, 17)]
    tree = ast.parse('é = "ü€" + ñ\n')
    assert tree.body[0].value.right.col_offset == 15


# -- laziness and state ----------------------------------------------------------

def test_errors_come_when_the_token_is_reached():
    it = iter(Tokenizer('x = 1\ny = 2\nz = $ + 0777\n'))
    seen = []
    with pytest.raises(SyntaxError) as info:
        for tok in it:
            seen.append(tok)
    assert [t[1] for t in seen][:6] == ['x', '=', '1', '', 'y', '=']
    assert seen[-1][1] == '+'
    assert info.value.lineno == 3


def test_paren_stack():
    tok = Tokenizer('f(a, [b,\n  {c: (d)}])\n')
    it = iter(tok)
    stacks = {}
    for t in it:
        stacks[(t[2], t[3])] = list(tok.paren_stack)
    assert stacks[(1, 1)] == [('(', 1, 1)]
    assert stacks[(1, 5)] == [('(', 1, 1), ('[', 1, 5)]
    assert stacks[(2, 6)] == [('(', 1, 1), ('[', 1, 5), ('{', 2, 2), ('(', 2, 6)]
    assert stacks[(2, 8)] == [('(', 1, 1), ('[', 1, 5), ('{', 2, 2)]
    assert stacks[(2, 9)] == [('(', 1, 1), ('[', 1, 5)]
    assert stacks[(2, 11)] == []


def test_done_and_lineno():
    tok = Tokenizer('x\n\n')
    assert tok.done == 'E_OK'
    list(tok)
    assert tok.done == 'E_EOF'
    assert tok.lineno == 2
    tok = Tokenizer('if x:\n  y\n z\n')
    with pytest.raises(IndentationError):
        list(tok)
    assert tok.done == 'E_DEDENT'
    tok = Tokenizer('x = (\n')
    with pytest.raises(SyntaxError):
        list(tok)
    assert tok.done == 'E_EOF'
    tok = Tokenizer('x = 1_\n')
    with pytest.raises(SyntaxError):
        list(tok)
    assert tok.done == 'E_ERROR'


def test_iter_returns_one_generator():
    tok = Tokenizer('x\n')
    assert iter(tok) is iter(tok)


# -- source handling ---------------------------------------------------------------

def test_encoding_attribute():
    assert Tokenizer('x').encoding == 'utf-8'
    assert Tokenizer(b'x').encoding is None
    assert Tokenizer(b'\xef\xbb\xbfx').encoding == 'utf-8'
    assert Tokenizer(b'# coding: utf-8\nx').encoding == 'utf-8'
    assert Tokenizer(b'# coding: latin-1\nx').encoding == 'iso-8859-1'
    assert Tokenizer(b'# coding: cp1252\nx').encoding == 'cp1252'


def test_cookie_is_ignored_in_str_source():
    source = '# coding: latin-1\nx = "é"\n'
    assert _ours(source)[2][1] == '"é"'
    assert ast.parse(source).body[0].value.value == 'é'


def test_cookie_decodes_bytes():
    source = b'# coding: latin-1\nx = "\xe9"\n'
    toks = _ours(source)
    assert toks[2][1] == '"é"'
    assert toks[2][3:6] == (4, 2, 8)   # columns of the UTF-8 form, as the AST has


def test_names_are_kept_as_written():
    # The parser normalises to NFKC (after keyword matching), not the tokenizer.
    toks = _ours('ｉｆ = ℌ\n')
    assert [t[1] for t in toks[:3]] == ['ｉｆ', '=', 'ℌ']
    tree = ast.parse('ｉｆ = ℌ\n')
    assert tree.body[0].targets[0].id == unicodedata.normalize('NFKC', 'ｉｆ')
    assert tree.body[0].value.id == unicodedata.normalize('NFKC', 'ℌ')


def test_identifier_with_variation_selector():
    # tokenize's \\w+ stops before U+E0100; the C tokenizer does not.
    source = 'x\U000e0100 = 4\n'
    toks = _ours(source)
    assert toks[0][:6] == (tokens.NAME, 'x\U000e0100', 1, 0, 1, 5)
    assert ast.parse(source).body[0].targets[0].end_col_offset == 5


# -- warnings ------------------------------------------------------------------------

WARNED = ['x = 1if y else 2\n', 'x = [0x1for x in y]\n', 'x = 1or 2\n', 'x = 0o7and y\n',
          'x = 1jif 1 else 2\n', 'x = 1.5is y\n', 'x = 1 if 2else 3\n', 'x = 1not in y\n',
          'x = 1e5in y\n', 'a = 1\nb = 2if a else 3\n']


def _warnings_of(run):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        run()
    return [(w.category, str(w.message), w.filename, w.lineno) for w in caught]


@pytest.mark.parametrize('source', WARNED)
def test_number_keyword_warnings(source):
    expected = _warnings_of(lambda: ast.parse(source, 'f.py'))
    assert expected
    assert _warnings_of(lambda: list(Tokenizer(source, 'f.py'))) == expected


@pytest.mark.parametrize('source', WARNED)
def test_number_keyword_warnings_as_errors(source):
    def failure(run):
        with warnings.catch_warnings():
            warnings.simplefilter('error')
            try:
                run()
            except SyntaxError as exc:
                return error_fields(exc)
    expected = failure(lambda: ast.parse(source, 'f.py'))
    assert expected is not None
    assert failure(lambda: list(Tokenizer(source, 'f.py'))) == expected


# -- type comments ---------------------------------------------------------------------

TYPED = [
    'x = []  # type: List[int]\n',
    'def f(a, b):  # type: (int, str) -> None\n    pass\n',
    'def f(a,  # type: int\n      b,  # type: str\n      ):\n    # type: (...) -> None\n    pass\n',
    'def f():\n    # type: () -> None\n    pass\n',
    'import x  # type: ignore\n',
    'import x  # type: ignore[attr]\n',
    'import x  #type:ignore  \n',
    '# type: ignore\nx = 1\n',
    'x = 1  # type: ignored\n',
    'x = 1  # type:\tignore[é]\n',
    'for x in y:  # type: int\n    pass\n',
    'with a as b:  # type: int\n    pass\n',
    'x = 1  # type: int # and a comment\n',
    'x = 1  # not a type: comment\n',
]


@pytest.mark.parametrize('source', TYPED)
def test_type_comments(source):
    tree = ast.parse(source, type_comments=True)
    toks = _ours(source, type_comments=True)
    ignores = [(t[2], t[1]) for t in toks if t[0] == tokens.TYPE_IGNORE]
    assert ignores == [(i.lineno, i.tag) for i in tree.type_ignores]
    comments = sorted(t[1] for t in toks if t[0] == tokens.TYPE_COMMENT)
    host = sorted(node.type_comment for node in ast.walk(tree)
                  if getattr(node, 'type_comment', None))
    assert comments == host
    # Without type_comments there are none.
    plain = _ours(source)
    assert not any(t[0] in (tokens.TYPE_COMMENT, tokens.TYPE_IGNORE) for t in plain)


def test_type_comment_positions():
    toks = _ours('x = 1  # type: int\n', type_comments=True)
    assert toks[3][:6] == (tokens.TYPE_COMMENT, 'int', 1, 15, 1, 18)
    assert toks[4][:6] == (tokens.NEWLINE, '', 1, 18, 1, 18)
    toks = _ours('def f():\n    # type: () -> None\n    pass\n', type_comments=True)
    kinds = [t[0] for t in toks]
    # CPython's artifact: a NEWLINE after a type comment on a line of its own.
    assert kinds[5:9] == [tokens.NEWLINE, tokens.TYPE_COMMENT, tokens.NEWLINE, tokens.INDENT]


# -- async and await before 3.7 ------------------------------------------------------

ASYNC_SOURCE = '''\
async = 1
await = async
def g():
    await = 2
    return async
async def f():
    await x
    async with a: pass
    async for i in b: pass
    def inner():
        await y
x = await
async def h(): await z
await = 3
'''


def test_async_keywords():
    tree = ast.parse(ASYNC_SOURCE, feature_version=(3, 6))
    toks = _ours(ASYNC_SOURCE, async_keywords=True)
    keyword_at = {(t[2], t[3]): t[0] for t in toks if t[1] in ('async', 'await')}
    expected = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.AsyncFunctionDef, ast.AsyncWith, ast.AsyncFor)):
            expected[(node.lineno, node.col_offset)] = tokens.ASYNC
        elif isinstance(node, ast.Await):
            expected[(node.lineno, node.col_offset)] = tokens.AWAIT
        elif isinstance(node, ast.Name) and node.id in ('async', 'await'):
            expected[(node.lineno, node.col_offset)] = tokens.NAME
    assert keyword_at == expected
    # Without async_keywords, they are NAMEs (the parser sees keywords).
    assert all(t[0] == tokens.NAME for t in _ours(ASYNC_SOURCE) if t[1] in ('async', 'await'))


@pytest.mark.parametrize('source', ['class C:\n    @x\n', 'if x:\n    @x\n\n\n'])
def test_dedent_line(source):
    # "unexpected unindent" is reported on the DEDENT's line.
    dedents = [t for t in _ours(source) if t[0] == tokens.DEDENT]
    fields = host_error(source)
    assert fields[1] == 'unexpected unindent'
    assert fields[3] == dedents[0][2]
