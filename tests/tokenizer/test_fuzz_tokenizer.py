"""Random and mutated sources: the tokenizer only ever yields tokens or raises
the SyntaxError (or ValueError) CPython gives; never an internal error.

For each input:
* iterating Tokenizer raises nothing but SyntaxError and its subclasses or
  ValueError (a str with lone surrogates), at construction or later;
* if the host's ast.parse accepts the input, the Tokenizer raises nothing,
  and its tokens are the host's tokenize tokens converted (where tokenize can
  serve as an oracle);
* if the host's error is one only the tokenizer makes, ours is the same;
* the tokenize interface gives exactly what the host's tokenize gives.
"""
import ast
import io
import re
import os
import pathlib
import sysconfig
import tokenize
import warnings

from hypothesis import HealthCheck, given, settings, strategies as st

import ophis
from ophis.tokenizer import Tokenizer
from tests.tokenizer.oracle import (
    error_fields, parser_tokens_from_tokenize, tokenize_is_an_oracle)

STDLIB = pathlib.Path(sysconfig.get_paths()['stdlib'])
SAMPLES = [p.read_bytes() for p in sorted(STDLIB.glob('*.py'))
           if p.stat().st_size < 12000][:60]

# Messages only the C tokenizer's errors have.  When the host reports one,
# the parser had read every token before it (or CPython found it tokenizing
# the rest after a parser error, and so do we), so ours must be the same.
TOKENIZER_ONLY = (
    'unindent does not match', 'inconsistent use of tabs', 'too many levels of indentation',
    'unexpected character after line continuation', 'unexpected EOF while parsing',
    "'(' was never closed", "'[' was never closed", "'{' was never closed",
    'unterminated string literal', 'unterminated triple-quoted string literal',
    'unmatched ', 'closing parenthesis', 'invalid character',
    'invalid non-printable character', 'invalid decimal literal',
    'invalid hexadecimal literal', 'invalid octal literal', 'invalid binary literal',
    'invalid digit', 'leading zeros', 'invalid imaginary literal',
    'too many nested parentheses', 'source code string cannot contain null bytes')

# The errors CPython's tokenizer signals without raising them (its done
# codes E_LINECONT, E_EOF, E_TABSPACE, E_DEDENT, E_TOODEEP): after a parser
# error, a bracket still open replaces them.
SOFT_MESSAGES = (
    'unexpected character after line continuation character',
    'unexpected EOF while parsing',
    'inconsistent use of tabs and spaces in indentation',
    'unindent does not match any outer indentation level',
    'too many levels of indentation')

F_STRING = r'[fF][rR]?[\'"]|[rR][fF][\'"]'
F_STRINGS = {str: re.compile(F_STRING), bytes: re.compile(F_STRING.encode())}

# OPHIS_FUZZ_EXAMPLES raises the count for a longer hunt.
FUZZ = settings(max_examples=int(os.environ.get('OPHIS_FUZZ_EXAMPLES', 250)), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ALPHABET = st.sampled_from(
    list('abcxyz_019 \t\n\r\f\\#\'"()[]{}.,:;=+-*/%<>!@$?`~^&|')
    + ['if x:\n', '\n    ', '\n  ', '\n\t', '\n        ', '\\\n', 'if', 'else', 'def ', 'async ', 'await ', '0x', '0o', '0b', '1e', '1j', '_1',
       '"""', "'''", 'rb', 'f', '    ', '\x00', '\x0b', '\x01', 'é', '€', '\xa0',
       '\u200b', '\ufeff', '😀', 'ｉ', '\u2028', '\ud800', 'type: ignore', '# type: int'])


def _tokenizer_outcome(source):
    try:
        return list(Tokenizer(source)), None
    except (SyntaxError, ValueError) as exc:
        return None, error_fields(exc)


def _parser_outcome(source):
    try:
        ophis.parse(source, '<unknown>')
    except (SyntaxError, ValueError) as exc:
        return error_fields(exc)
    return None


def _host_outcome(source):
    try:
        ast.parse(source)
    except (SyntaxError, ValueError) as exc:
        return error_fields(exc)
    return None


def _tokenize_outcome(function, readline):
    try:
        return list(function(readline))
    except Exception as exc:  # the comparison is the test
        return error_fields(exc)


def check(source):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        tokens, error = _tokenizer_outcome(source)
        host = _host_outcome(source)
        if host is None:
            assert error is None
        if error is not None:
            assert host is not None
        if (host is not None and len(host) > 2 and host[1].startswith(TOKENIZER_ONLY)
                and not F_STRINGS[type(source)].search(source)):
            # (An f-string's expression has a tokenizer of its own.)
            if (error is not None and error != host and host[1].endswith('was never closed')
                    and error[1] in SOFT_MESSAGES):
                # The tokenizer alone signals an error CPython's tokenizer
                # only signals (a bad continuation, ...), met after the
                # parser's error, where a bracket still open replaces it
                # (ophis.parser.errors._prefer_tokenizer_error): the whole
                # front end must give the host's error.
                assert _parser_outcome(source) == host
            else:
                assert error == host
        if isinstance(source, str):
            assert (_tokenize_outcome(ophis.generate_tokens, io.StringIO(source).readline)
                    == _tokenize_outcome(tokenize.generate_tokens, io.StringIO(source).readline))
            try:
                data = source.encode('utf-8')
            except UnicodeEncodeError:
                return
        else:
            data = source
        host_tokens = _tokenize_outcome(tokenize.tokenize, io.BytesIO(data).readline)
        assert _tokenize_outcome(ophis.tokenize, io.BytesIO(data).readline) == host_tokens
        if (host is None and isinstance(host_tokens, list)
                and tokenize_is_an_oracle(data, host_tokens)):
            assert list(Tokenizer(data)) == parser_tokens_from_tokenize(data, host_tokens)


@FUZZ
@given(st.lists(ALPHABET, max_size=40).map(''.join))
def test_random_text(source):
    check(source)


@FUZZ
@given(st.binary(max_size=60)
       | st.lists(st.sampled_from([b'\xef\xbb\xbf', b'# coding: latin-1\n', b'# coding: utf8\n',
                                   b'x = ', b'"', b'\xff', b'\xc3\xa9', b'\xc3', b'\n', b'\r\n',
                                   b'(', b')', b'\\', b'# ', b'1', b'\x00', b'\t']),
                  max_size=20).map(b''.join))
def test_random_bytes(source):
    check(source)


@FUZZ
@given(st.sampled_from(SAMPLES), st.data())
def test_mutated_stdlib_files(data_bytes, data):
    kind = data.draw(st.sampled_from(['truncate', 'insert', 'delete', 'text']))
    n = len(data_bytes)
    at = data.draw(st.integers(0, n))
    if kind == 'truncate':
        source = data_bytes[:at]
    elif kind == 'insert':
        piece = data.draw(st.sampled_from(
            [b'\t', b'\x00', b'"', b"'", b'"""', b'(', b')', b']', b'{', b'\\', b'\xff',
             b' ', b'\n ', b'\r', b'0', b'1_', b'$', b'\xe2\x82\xac', b'#', b'\xc3']))
        source = data_bytes[:at] + piece + data_bytes[at:]
    elif kind == 'delete':
        end = data.draw(st.integers(at, min(n, at + 20)))
        source = data_bytes[:at] + data_bytes[end:]
    else:
        source = data_bytes[:at].decode('utf-8', 'replace')
    check(source)
