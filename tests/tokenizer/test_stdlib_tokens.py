"""Every .py file of the host's standard library, token by token.

* The tokenize interface: ophis.tokenize gives what the host's tokenize
  gives, or raises the same exception.
* The parser-mode Tokenizer: where the host's tokenize can serve as an
  oracle (no error, no ERRORTOKEN), the same tokens converted to the C
  tokenizer's conventions (tests/tokenizer/oracle.py); where the Tokenizer
  raises, the host's ast.parse raises the same error (those files fail in
  the tokenizer); where it does not, ast.parse fails, if at all, with an
  error that is not a tokenizer error.
"""
import io
import pathlib
import sysconfig
import tokenize

import pytest

import ophis
from ophis.tokenizer import Tokenizer
from tests.tokenizer.oracle import (
    error_fields, host_error, parser_tokens_from_tokenize, tokenize_is_an_oracle)

STDLIB = pathlib.Path(sysconfig.get_paths()['stdlib'])
FILES = sorted(p for p in STDLIB.rglob('*.py') if 'site-packages' not in p.parts)
CHUNKS = 16

# The messages of errors the C tokenizer finds (for the last check above).
TOKENIZER_MESSAGES = (
    'unterminated', 'unmatched', 'closing parenthesis', 'was never closed',
    'invalid character', 'invalid non-printable', 'literal', 'encoding',
    'unindent does not match', 'inconsistent use of tabs', 'too many',
    'line continuation', 'unexpected EOF', 'null bytes')


def _run(tokenize_function, data):
    try:
        return list(tokenize_function(io.BytesIO(data).readline)), None
    except Exception as exc:  # the comparison is the test
        return None, error_fields(exc)


def _parser_mode(data):
    try:
        return list(Tokenizer(data)), None
    except (SyntaxError, ValueError) as exc:
        return None, error_fields(exc)


def check_file(path):
    data = path.read_bytes()
    host, host_exc = _run(tokenize.tokenize, data)
    ours, our_exc = _run(ophis.tokenize, data)
    assert (our_exc, ours) == (host_exc, host), path

    tokens, error = _parser_mode(data)
    if error is None and host is not None and tokenize_is_an_oracle(data, host):
        assert tokens == parser_tokens_from_tokenize(data, host), path
        return
    expected_error = host_error(data)
    if error is not None:
        assert error == expected_error, path
    elif expected_error is not None:
        message = expected_error[1]
        assert not any(part in message for part in TOKENIZER_MESSAGES) or \
            'f-string' in message or 'unicode error' in message, (path, expected_error)


def test_the_standard_library_is_there():
    assert len(FILES) > 1500


@pytest.mark.slow
@pytest.mark.parametrize('chunk', range(CHUNKS))
def test_stdlib_chunk(chunk):
    for path in FILES[chunk::CHUNKS]:
        check_file(path)
