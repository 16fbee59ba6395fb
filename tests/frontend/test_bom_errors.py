"""SyntaxErrors of sources that start with a UTF-8 BOM, compared with
ast.parse.  When the file named as the source's filename exists, CPython
reads the error's line from it (err_programtext), BOM included, and
converts the error's byte offset (counted after the BOM) to characters over
that line, so the offset comes out short by what the BOM's character takes;
a filename that names no file gives the tokenizer's line, without the BOM.
"""

import ast

import pytest

import ophis
from tests.frontend.test_parse_api import outcome

BOM = b'\xef\xbb\xbf'

SOURCES = {
    'invalid-character': BOM + b'x = $',
    'string-escape': BOM + b'x = "\xe9"\n',
    'non-ascii-name': BOM + '\u00e9 = $'.encode(),
    'unterminated-string': BOM + b'x = "abc',
    'missing-comma': BOM + b'(1 2)',
    'second-line': BOM + b'x = 1\ny = $\n',
    'def': BOM + b'def f(:\n  pass\n',
    'indent': BOM + b'  x = 1\n',
    'fstring': BOM + b'print(f"{1 +}")\n',
    'latin-1-cookie': BOM + b'# coding: latin-1\nx = $\n',
    'utf-8-cookie': BOM + b'# coding: utf-8\nx = $\n',
    'trailing-operator': BOM + b'x = 1 +\n',
    'unclosed-paren': BOM + b'x = (\n',
}

# Not matched: the tokenizer's own errors recorded for the parser (E_EOF)
# show the tokenizer's line, not the file's.
FILE_NOT_READ = {'unclosed-paren'}


@pytest.mark.parametrize('name', list(SOURCES))
@pytest.mark.parametrize('on_disk', [True, False], ids=['file', 'no-file'])
def test_bom_source_errors(request, tmp_path, name, on_disk):
    if on_disk and name in FILE_NOT_READ:
        request.applymarker(pytest.mark.xfail(
            strict=True, reason="the tokenizer's E_EOF errors read no file"))
    source = SOURCES[name]
    path = tmp_path / 'prog.py'
    if on_disk:
        path.write_bytes(source)
    expected = outcome(ast.parse, source, str(path))
    actual = outcome(ophis.parse, source, str(path))
    assert expected[0] == 'error'
    assert actual == expected
