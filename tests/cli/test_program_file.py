"""The program file itself: a file with a null byte gets the tokenizer's
error for files (not compile()'s for strings), compared with python3."""

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
