"""The tokenize interface (ophis.tokenize, ophis.generate_tokens) against the
host's tokenize module, on snippets that exercise its quirks and errors."""
import io
import pickle
import tokenize

import pytest

import ophis
from ophis.tokenizer import TokenError, TokenInfo, generate_tokens
from tests.tokenizer.oracle import error_fields

SNIPPETS = [
    '', '\n', 'x', 'x = 1\n', 'x = 1', '  ', 'x\n  ', '# c', '# c\n', 'x  # c',
    'if x:\n    y\n', 'if x:\n    y', 'if x:\n    y\n  # c\n', 'if a:\n  if b:\n    c',
    'if x:\n\ty\n\tz\n', 'x = (1,\n  2)\n', 'x = [\n# c\n\n1]\n', 'x = 1 + \\\n 2\n',
    'x = $ + ?\n', 'x = a ! b\n', 'x <> y\n', 'x = 1 \\ 2\n', 'x = 1 \\',
    "x = 'abc\n", "x = 'abc\\\ndef'\n", "x = 'abc\\\ndef\n", "x = 'a\\\nb\\\nc\nd'\n",
    "x = 'abc\\\n", 'x = """abc\n\ndef"""\n', "x = '''a\\\n'''\n",
    "x = rb'a' + F'b' + Rb'''c''' + u'd'\n", "x = bu'x'\n", "ur'x'\n",
    'x = 0777 + 0x + 1_ + 1e + 1if 2 else 3\n', 'x = 1.e5 + .5j + 1..real\n',
    'é = ü + x\U000e0100 + €\n', 'x² = 1\n', 'x = 1\r\ny = 2\r\n', 'x = 1\ry = 2\r',
    "x = '''a\r\nb'''\r\n", 'x\f= 1\n', '\fx = 1\n', 'if x:\n  \f  y\n',
    'x = \x01\n', 'x = ...\n', 'x = a->b; c := d\n', 'x = (\n', 'x = "abc',
    'x = """abc', "x = 'a\\\n", 'if x:\n    y\n  z\n', 'if x:\n  y\n\tz\n',
    'def f():\n    pass\n\n\n', 'x = 1\n\n\n# trailing', 'x = (1,\n',
    "x = 'unterminated\nif y:\n    '''a\nb'''\n", 'x = )\n', '\\\n', 'x \\\n',
    "f'{x}' f\"{y!r:>{w}}\"\n", 'async def f(): await x\n', 'match x:\n case _: pass\n',
]


def _run(function, readline):
    try:
        return list(function(readline))
    except Exception as exc:  # the comparison is the test
        return error_fields(exc)


@pytest.mark.parametrize('source', SNIPPETS)
def test_tokenize_bytes(source):
    data = source.encode('utf-8')
    assert (_run(ophis.tokenize, io.BytesIO(data).readline)
            == _run(tokenize.tokenize, io.BytesIO(data).readline))


@pytest.mark.parametrize('source', SNIPPETS)
def test_generate_tokens_str(source):
    assert (_run(ophis.generate_tokens, io.StringIO(source).readline)
            == _run(tokenize.generate_tokens, io.StringIO(source).readline))


@pytest.mark.parametrize('data', [
    b'# coding: latin-1\nx = "\xe9"\n', b'\xef\xbb\xbfx = 1\n', b'# coding: foobar\n',
    b'\xef\xbb\xbf# coding: latin-1\n', b'x = "\xff"\n', b'# coding: ascii\n\xff\n',
])
def test_tokenize_encodings(data):
    assert (_run(ophis.tokenize, io.BytesIO(data).readline)
            == _run(tokenize.tokenize, io.BytesIO(data).readline))


def test_readline_that_raises_stop_iteration():
    def lines(items):
        it = iter(items)
        return lambda: next(it)
    items = ['if x:\n', '    y\n']
    assert list(generate_tokens(lines(items))) == list(tokenize.generate_tokens(lines(items)))
    items = [b'if x:\n', b'    y\n']
    assert list(ophis.tokenize(lines(items))) == list(tokenize.tokenize(lines(items)))


def test_error_classes():
    with pytest.raises(TokenError) as info:
        list(generate_tokens(io.StringIO('x = (\n').readline))
    assert info.value.args == ('EOF in multi-line statement', (2, 0))
    with pytest.raises(TokenError) as info:
        list(generate_tokens(io.StringIO('x = """\n').readline))
    assert info.value.args == ('EOF in multi-line string', (1, 4))


def test_token_info():
    ours = list(generate_tokens(io.StringIO('x = (1)\n').readline))
    host = list(tokenize.generate_tokens(io.StringIO('x = (1)\n').readline))
    assert ours == host
    for a, b in zip(ours, host):
        assert isinstance(a, TokenInfo)
        assert repr(a) == repr(b)
        assert a.exact_type == b.exact_type
        assert (a.type, a.string, a.start, a.end, a.line) == (b.type, b.string, b.start, b.end, b.line)
        assert a._asdict() == b._asdict()
        assert a._replace(string='z') == b._replace(string='z')
        assert hash(a) == hash(b)
        assert pickle.loads(pickle.dumps(a)) == a
    assert TokenInfo._fields == tokenize.TokenInfo._fields
    assert TokenInfo._make(host[0]) == host[0]


def test_package_level_names():
    from ophis import tokenizer
    assert ophis.tokenize is tokenizer.tokenize
    assert ophis.generate_tokens is tokenizer.generate_tokens
