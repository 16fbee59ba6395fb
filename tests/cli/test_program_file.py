"""The program file itself: a file with a null byte, or with bytes its
encoding does not decode, gets the tokenizer's error for files (not
compile()'s for strings), compared with python3."""

import pytest

from tests.cli.harness import both


@pytest.mark.parametrize('source', [
    b"x = 1\ny = '\0'\n",
    b'\0x = 1\n',
    b"s = '''a\nb\0c'''\n",
    b'x = 1\ny = 2 \0',
    b'# coding: latin-1\nx = "\xe9\0"\n',
], ids=['string', 'first-byte', 'multiline-string', 'no-newline',
        'latin-1'])
def test_null_bytes(tmp_path, source):
    (tmp_path / 'prog.py').write_bytes(source)
    expected, actual = both(['prog.py'], cwd=tmp_path)
    assert actual == expected


def test_null_bytes_in_imported_module(tmp_path):
    (tmp_path / 'mod.py').write_bytes(b"x = '\0'\n")
    (tmp_path / 'prog.py').write_text('import mod\n')
    expected, actual = both(['prog.py'], cwd=tmp_path)
    assert actual == expected


ENCODINGS = {
    'first-byte': b'\x89',
    'in-string': b'x = 1\ny = "\xe9"\n',
    'in-comment': b'x=1\n#\xff\n',
    'after-syntax-error': b'x = $\n#\xff\n',
    'unclosed-paren': b'x = (\n#\xff\n',
    'truncated-sequence': b'x = 1\n\n\n  #\xc3\xa9 ok \xc3\n',
    'crlf': b'x = 1\r\ny = 2\r\n# \xe9\r\n',
    'declared-utf-8': b'# -*- coding: utf-8 -*-\nx = 1 # \xe9\n',
    'declared-utf-8-string': b'# coding: utf-8\nx = "\xe9"\n',
    'declared-utf8': b'# coding: utf8\nx = 1 # \xe9\n',
    'declared-ascii': b'# coding: ASCII\nx = 1 # \xe9\n',
    'declared-ascii-line-3': b'# coding: ascii\nx = $\ny = 2 # \xe9\n',
    'declared-latin-1': b'# coding: latin-1\nprint("\xe9")\n',
    'bom': b'\xef\xbb\xbfx = 1 # \xe9\n',
    'bom-string': b'\xef\xbb\xbfx = "\xe9"\n',
    'unknown-codec': b'# coding: nonesuch\nx = 1\n',
}


@pytest.mark.parametrize('source', list(ENCODINGS.values()),
                         ids=list(ENCODINGS))
def test_undecodable_bytes(tmp_path, source):
    (tmp_path / 'prog.py').write_bytes(source)
    expected, actual = both(['prog.py'], cwd=tmp_path)
    assert actual == expected
    expected, actual = both([], cwd=tmp_path, stdin=source)
    assert actual == expected


def test_undecodable_bytes_in_imported_module(tmp_path):
    # An import compiles the module's bytes: compile()'s rules, not the
    # file tokenizer's.
    (tmp_path / 'mod.py').write_bytes(b'x = 1 # \xe9\ny = "\xe9"\n')
    (tmp_path / 'prog.py').write_text('import mod\n')
    expected, actual = both(['prog.py'], cwd=tmp_path)
    assert actual == expected
