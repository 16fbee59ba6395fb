"""String, bytes and f-string literals: a run of STRING tokens becomes a node.

The parser's action for adjacent STRING tokens calls
``concatenate_strings(parser, tokens)``; ``tokens`` are the tokenizer's tuples
``(type, string, lineno, col_offset, end_lineno, end_col_offset, line)``.  The
result is a Constant (str or bytes) or, when an f-string takes part, a
JoinedStr, with CPython 3.11's values and positions (CPython's
_PyPegen_concatenate_strings and Parser/string_parser.c).

What this module needs from ``parser`` (ophis/parser/runtime.py's
ParserBase):

- ``source.filename``, ``feature_version`` (the minor version, an int) and
  ``call_invalid_rules`` (true in the error pass);
- ``raise_at_last_token(msg)``: CPython's RAISE_SYNTAX_ERROR, the error at the
  last token the parser has fetched (for a run of strings, the token after
  the run);
- ``raise_error_at(SyntaxError, msg, lineno, col_offset, end_lineno,
  end_col_offset)``: CPython's RAISE_ERROR_KNOWN_LOCATION (0-based byte
  columns);
- ``parse_fstring_tokens(tokens)``: parse a replacement field's expression
  (see ophis/parser/fstrings.py for what ``tokens`` carries).

The common literal, a plain str with no backslash, costs a slice.
"""

from _ast import Constant

from ophis.parser.escapes import (EscapeError, check_utf8, decode_bytes,
                                  decode_str, warn_invalid_escape)
from ophis.parser.fstrings import (FStringState, concat_fstring, located,
                                   minor_version)

_QUOTES = ('"', "'")


def _body_bounds(s, quote_pos):
    """The start and end of a literal's body, inside its quotes."""
    quote = s[quote_pos]
    if (len(s) - quote_pos >= 6
            and s[quote_pos + 1] == quote == s[quote_pos + 2]):
        return quote_pos + 3, len(s) - 3
    return quote_pos + 1, len(s) - 1


def concatenate_strings(parser, tokens):
    """The node for a run of adjacent STRING tokens."""
    first = tokens[0]
    if len(tokens) == 1:
        # The common case, inlined: one str literal without prefix or
        # backslash is its own value.
        s = first[1]
        quote = s[0]
        if quote == "'" or quote == '"':
            if len(s) >= 6 and s[1] == quote == s[2]:
                body = s[3:-3]
            else:
                body = s[1:-1]
            if '\\' not in body and (body.isascii() or _is_utf8(body)):
                node = Constant(body, None)
                node.lineno = first[2]
                node.col_offset = first[3]
                node.end_lineno = first[4]
                node.end_col_offset = first[5]
                return node
    last = tokens[-1]
    try:
        return _concatenate(parser, tokens, first, last)
    except EscapeError as exc:
        message = exc.args[0]
    # CPython reports a malformed escape at the parser's last token, with no
    # exception as its context (raised here, outside the handler).
    parser.raise_at_last_token(message)


def _concatenate(parser, tokens, first, last):
    bytesmode = None
    byte_parts = []
    state = FStringState()
    for token in tokens:
        s = token[1]
        if s[0] in _QUOTES:
            quote_pos = 0
            prefix = ''
        else:
            quote_pos = 1 if s[1] in _QUOTES else 2
            prefix = s[:quote_pos].lower()
        is_bytes = 'b' in prefix
        raw = 'r' in prefix
        start, end = _body_bounds(s, quote_pos)
        if 'f' in prefix:
            if minor_version(parser) < 6:
                parser.raise_at_last_token(
                    'Format strings are only supported in Python 3.6 and '
                    'greater')
            value = None
        else:
            value = _decode(parser, s[start:end], is_bytes, raw, token,
                            start)
        if bytesmode is not None and bytesmode != is_bytes:
            parser.raise_at_last_token(
                'cannot mix bytes and nonbytes literals')
        bytesmode = is_bytes
        if value is None:
            concat_fstring(parser, state, s, start, end, raw, 0, first,
                           token, last)
        elif is_bytes:
            byte_parts.append(value)
        else:
            state.concat(value)
    if bytesmode:
        return located(Constant(b''.join(byte_parts), None), first, last)
    return state.finish(first, last)


def _is_utf8(text):
    """False if ``text`` holds a byte that is not UTF-8 (a lone surrogate)."""
    try:
        text.encode('utf-8')
    except UnicodeEncodeError:
        return False
    return True


def _decode(parser, body, is_bytes, raw, token, start):
    """The value of a str or bytes literal's body."""
    if is_bytes:
        if not body.isascii():
            parser.raise_error_at(
                SyntaxError, 'bytes can only contain ASCII literal characters',
                token[2], token[3], token[4], token[5])
        if raw or '\\' not in body:
            return body.encode('ascii')
        value, warning = decode_bytes(body)
    else:
        if raw or '\\' not in body:
            check_utf8(body, False)
            return body
        value, warning = decode_str(body)
    if warning is not None:
        warn_invalid_escape(parser, warning, token, start)
    return value


__all__ = ['concatenate_strings']
