"""Source decoding against the host: compile's rules (decode_source, through
the Tokenizer) and tokenize's rules (detect_encoding)."""
import ast
import io
import tokenize

import pytest

from ophis.tokenizer import Tokenizer, decode_source, detect_encoding
from tests.tokenizer.oracle import error_fields, host_error, ophis_error

# Sources the host accepts: the string literal on their last line must come
# out as the host decodes it.
ACCEPTED = [
    b'x = "plain"\n',
    b'x = "\xc3\xa9"\n',
    b'x = "\xc3\xa9"',
    b'\xef\xbb\xbfx = "\xc3\xa9"\n',
    b'\xef\xbb\xbf# coding: utf-8\nx = "\xc3\xa9"\n',
    b'\xef\xbb\xbf# coding: UTF_8\nx = "\xc3\xa9"\n',
    b'\xef\xbb\xbf# coding: utf-8-unix\nx = "\xc3\xa9"\n',
    b'# coding: latin-1\nx = "\xe9"\n',
    b'# coding: Latin_1\nx = "\xe9"\n',
    b'# coding: iso-8859-1\nx = "\xe9"\n',
    b'# coding: ISO_LATIN_1-foo\nx = "\xe9"\n',
    b'# coding=cp1252\nx = "\x80"\n',
    b'# -*- coding: cp1252 -*-\nx = "\x80"\n',
    b'# vim: set fileencoding=cp1252 :\nx = "\x80"\n',
    b'#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = "\xe9"\n',
    b'\n# coding: latin-1\nx = "\xe9"\n',
    b'  \t\x0c# coding: latin-1\nx = "\xe9"\n',
    b'#\tcoding:\tlatin-1\nx = "\xe9"\n',
    b'# codingcoding: latin-1\nx = "\xe9"\n',
    b'# coding:\nx = "\xc3\xa9"\n',
    b'x = 1 # coding: latin-1\nx = "\xc3\xa9"\n',
    b'x = 1\n# coding: latin-1\nx = "\xc3\xa9"\n',
    b'\n\n# coding: latin-1\nx = "\xc3\xa9"\n',
    b'# coding: utf8\nx = "\xc3\xa9"\n',
    b'# coding: UTF8\nx = "\xc3\xa9"\n',
    b'# coding: koi8-r\nx = "\xc1"\n',
    b'# coding: euc-jp\nx = "\xa4\xa2"\n',
    b'# coding: latin-1\r\nx = "\xe9"\r\n',
    b'# coding: latin-1\rx = "\xe9"\r',
    b'# \xff not UTF-8 in a comment\nx = "ok"\n',
    b'x = 1  # \xff\xfe\nx = "ok"\n',
]


def _string_value(tree):
    return tree.body[-1].value.value


@pytest.mark.parametrize('source', ACCEPTED)
def test_accepted_sources_decode_as_the_host(source):
    expected = _string_value(ast.parse(source))
    toks = list(Tokenizer(source))
    string = [t for t in toks if t[0] == 3][-1][1]
    assert ast.literal_eval(string) == expected


REJECTED = [
    b'# coding: foobar\n',
    b'# coding: foobar',
    b'# coding:foobar\nx = 1\n',
    b'\n# coding: foobar\n',
    b'#!x\n# coding: foobar\n',
    b'\xef\xbb\xbf# coding: latin-1\n',
    b'\xef\xbb\xbf# coding: utf8\n',
    b'\xef\xbb\xbf\n# coding: cp1252\n',
    b'# coding: ascii\nx = "\xff"\n',
    b'# coding: utf8\nx = "\xff"\n',
    b'# coding: utf8\r\nx = "\xff"\r\n',
    b'# coding: hex\n',
    b'# coding: rot13\n',
    b'# coding: utf-16\nx = 1\n',
    b'# coding: utf-32\n',
    b'x\0',
    b'\0',
    b'# coding: latin-1\nx\0',
    b'\xff\n',
    b'x = \xff\n',
    b'\xef\xbb\xbfx = \xff\n',
    b'x = 1\n\xff',
    b'# coding: utf-8\nab\xffcd\n',
    b'\xef\xbb\xbf\xef\xbb\xbfx',
    b'# coding: nonsense coding: latin-1\nx = "\xe9"\n',
    b'x = "a\r\nb"',
]


@pytest.mark.parametrize('source', REJECTED)
def test_rejected_sources_fail_as_in_the_host(source):
    expected = host_error(source)
    assert expected is not None
    assert ophis_error(source) == expected


@pytest.mark.parametrize('source', [
    b'# coding: latin-1', b'\xef\xbb\xbf# coding: latin-1', b'# coding: foobar'])
def test_cookie_without_newline_in_eval_mode(source):
    # Without a newline there is no line to read a cookie from: no decoding
    # error, only the parser's complaint about the missing expression.
    assert host_error(source, mode='eval')[1] == 'invalid syntax'
    assert [t[0] for t in Tokenizer(source, mode='eval')] == [0]


@pytest.mark.parametrize('source', [
    'x\0', '\ud800', 'x = "\udcff"', '# \ud83d\n'])
def test_rejected_str_sources(source):
    def failure(run):
        try:
            run()
        except (SyntaxError, ValueError) as exc:
            return error_fields(exc)
    assert failure(lambda: list(Tokenizer(source))) == failure(lambda: ast.parse(source))


def test_decode_source_results():
    assert decode_source('a\r\nb\rc') == ('a\nb\nc\n', 'utf-8')
    assert decode_source('a', exec_input=False) == ('a', 'utf-8')
    assert decode_source(b'a') == ('a\n', None)
    assert decode_source(b'\xef\xbb\xbfa') == ('a\n', 'utf-8')
    assert decode_source(b'# coding: latin-1\n\xe9') == ('# coding: latin-1\n\xe9\n', 'iso-8859-1')
    # Bytes that are not UTF-8 stay, as lone surrogates, for later errors.
    assert decode_source(b'# \xff') == ('# \udcff\n', None)


# -- detect_encoding, as the stdlib's tokenize has it ---------------------------------

DETECT = [
    b'', b'\n', b'x = 1\n', b'\xef\xbb\xbf', b'\xef\xbb\xbfx\n',
    b'# coding: latin-1\n', b'# coding: Latin_1\n', b'# coding: utf8\n',
    b'# coding: UTF-8-unix\n', b'\xef\xbb\xbf# coding: utf-8\n',
    b'\xef\xbb\xbf# coding: latin-1\n', b'# coding: foobar\n',
    b'\n# coding: cp1252\n', b'x\n# coding: cp1252\n', b'#!x\n# coding: cp1252\n',
    b'\n\n# coding: cp1252\n', b'# \xff\n', b'\n# \xff\n', b'x = "\xff"\n',
    b'# vim: set fileencoding=koi8-r :\n', b'  \t# coding=euc-jp\n',
    b'# coding: \xc3\xa9\n', b'#coding:utf-8\r\n', b'\r\n# coding: cp1252\r\n',
    b'\xef\xbb\xbf\n# coding: cp1252\n', b'# coding: hex\n',
]


def _detect(function, data, name=None):
    stream = io.BytesIO(data)
    if name is not None:
        stream.name = name
    try:
        return function(stream.readline)
    except SyntaxError as exc:
        return error_fields(exc)


@pytest.mark.parametrize('data', DETECT)
def test_detect_encoding(data):
    assert _detect(detect_encoding, data) == _detect(tokenize.detect_encoding, data)
    assert (_detect(detect_encoding, data, 'some/file.py')
            == _detect(tokenize.detect_encoding, data, 'some/file.py'))


def test_detect_encoding_readline_may_raise_stop_iteration():
    def lines(items):
        it = iter(items)
        return lambda: next(it)
    for items in ([], [b'# coding: latin-1\n'], [b'\n'], [b'\n', b'# coding: cp1252\n']):
        assert detect_encoding(lines(items)) == tokenize.detect_encoding(lines(items))
