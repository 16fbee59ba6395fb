"""Ophis's tokenizer: source bytes or text -> tokens.

Two interfaces over one set of rules:

* ``Tokenizer`` (ophis.tokenizer.scanner): the tokens CPython 3.11's C
  tokenizer hands its parser, with its errors; what ophis.parser reads.
* ``tokenize``, ``generate_tokens``, ``detect_encoding``, ``TokenInfo``,
  ``TokenError`` (ophis.tokenizer.compat): the stdlib ``tokenize`` module's
  interface and results, comments, NL and ENCODING tokens included.

Modules: tokens (the token numbers), source (decoding), scanner (parser
mode), numbers (the slow path for malformed numbers), errors (SyntaxError
fields as CPython computes them), compat (the tokenize interface).
"""

from ophis.tokenizer.compat import (
    TokenError, TokenInfo, generate_tokens, tokenize)
from ophis.tokenizer.scanner import Tokenizer
from ophis.tokenizer.source import decode_source, detect_encoding

__all__ = ['Tokenizer', 'TokenError', 'TokenInfo', 'decode_source',
           'detect_encoding', 'generate_tokens', 'tokenize']
