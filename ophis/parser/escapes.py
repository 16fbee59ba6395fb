"""Escape sequences in string and bytes literals, decoded as CPython 3.11 does.

CPython decodes the body of a str literal by first rewriting it into an ASCII
buffer (each non-ASCII character becomes ``\\UXXXXXXXX``, and a backslash that
precedes a non-ASCII character or ends the body becomes ``\\u005c``) and then
running the ``unicodeescape`` codec over that buffer.  We decode the body
directly, but the positions in a decoding error message are those of CPython's
buffer (``buffer_offset``), because the message shows them.

A malformed escape raises ``EscapeError`` carrying the message CPython's
parser shows after "(unicode error) " or "(value error) "; the caller turns it
into a SyntaxError at the place CPython reports it.  An invalid (but
tolerated) escape is not an error: the decoders return the warning message of
the first one, and ``warn_invalid_escape`` issues it as CPython does.
"""

import re
import sys
import _warnings

from ophis.tokenizer.errors import WARNINGS_ISSUED

_SIMPLE_ESCAPES = {
    '\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
    'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
}
_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
_OCTAL_DIGITS = frozenset('01234567')
_HEX_ESCAPES = {
    'x': (2, 'truncated \\xXX escape'),
    'u': (4, 'truncated \\uXXXX escape'),
    'U': (8, 'truncated \\UXXXXXXXX escape'),
}
_MALFORMED_N = 'malformed \\N character escape'
_MAX_UNICODE = 0x10FFFF


class EscapeError(Exception):
    """A malformed escape; ``args[0]`` is CPython's whole message."""


_NON_ASCII_RUN = re.compile(rb'[\x80-\xff]+')


def check_utf8(text, by_runs):
    """Raise EscapeError where CPython fails to decode a literal's UTF-8.

    The tokenizer hands over a byte that is not UTF-8 as a lone surrogate
    (surrogateescape); CPython decodes the literal's bytes and fails there.
    It decodes the whole body of a literal without escapes, but each run of
    non-ASCII bytes on its own when it decodes escapes (``by_runs``): the
    error's position counts from the start of what it decoded.
    """
    if text.isascii():
        return
    try:
        text.encode('utf-8')
        return
    except UnicodeEncodeError:
        pass
    data = text.encode('utf-8', 'surrogateescape')
    pieces = [m.group() for m in _NON_ASCII_RUN.finditer(data)] if by_runs \
        else [data]
    for piece in pieces:
        try:
            piece.decode('utf-8')
        except UnicodeDecodeError as exc:
            raise EscapeError(f'(unicode error) {exc}') from None


# Whether the program's unicodedata has served a \N{} escape: CPython looks
# the module up (through sys.modules) at the first \N escape and keeps its
# name table for the interpreter's life.
_names_loaded = False


def _load_names():
    """Fail as CPython does when the program's sys.modules blocks
    unicodedata (``sys.modules['unicodedata'] = None``) before any \\N
    escape was decoded."""
    global _names_loaded
    if 'unicodedata' in sys.modules and sys.modules['unicodedata'] is None:
        raise EscapeError('(unicode error) \\N escapes not supported '
                          "(can't load unicodedata module)")
    _names_loaded = True


def _lookup_name(name):
    """The character named in ``\\N{name}``, or None (as CPython's getcode)."""
    if not name.isascii():
        # In CPython's buffer the name holds \\U escapes: never a valid name.
        return None
    import unicodedata
    try:
        char = unicodedata.lookup(name)
    except KeyError:
        return None
    # Named sequences are several characters; \N{} accepts none of them.
    return char if len(char) == 1 else None


def buffer_offset(body, index):
    """The offset in CPython's ASCII escape buffer of ``body[index]``."""
    if body.isascii():
        return index
    offset = 0
    k = 0
    size = len(body)
    while k < index:
        char = body[k]
        if char == '\\':
            if k + 1 >= size or body[k + 1] >= '\x80':
                offset += 6          # the backslash became \u005c
                k += 1
                continue
            if k + 2 > index:
                offset += 1
                break
            offset += 2              # the pair is copied as it is
            k += 2
            continue
        offset += 10 if char >= '\x80' else 1
        k += 1
    return offset


def _unicode_error(body, start, end, reason):
    start = buffer_offset(body, start)
    end = buffer_offset(body, end)
    if end - start == 1:
        return EscapeError(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x5c "
            f"in position {start}: {reason}")
    return EscapeError(
        "(unicode error) 'unicodeescape' codec can't decode bytes in "
        f"position {start}-{end - 1}: {reason}")


def decode_str(body):
    """Decode the escapes of a str literal's body.

    Returns ``(value, warning)``: ``warning`` is the message for the first
    invalid escape, or None.  Raises EscapeError for a malformed escape, or
    for a byte that is not UTF-8 (checked first, as CPython does).
    """
    check_utf8(body, True)
    find = body.find
    i = find('\\')
    if i < 0:
        return body, None
    parts = []
    append = parts.append
    size = len(body)
    pos = 0
    warning = None
    while i >= 0:
        if i > pos:
            append(body[pos:i])
        j = i + 1
        if j == size:
            # CPython's buffer turns a trailing backslash into \u005c.
            append('\\')
            pos = size
            break
        char = body[j]
        simple = _SIMPLE_ESCAPES.get(char)
        if simple is not None:
            append(simple)
            pos = j + 1
        elif char in _OCTAL_DIGITS:
            k = j + 1
            while k < size and k < j + 3 and body[k] in _OCTAL_DIGITS:
                k += 1
            value = int(body[j:k], 8)
            if value > 0o377 and warning is None:
                warning = f"invalid octal escape sequence '\\{body[j:k]}'"
            append(chr(value))
            pos = k
        elif char in _HEX_ESCAPES:
            count, reason = _HEX_ESCAPES[char]
            k = j + 1
            stop = k + count
            while k < stop:
                if k >= size or body[k] not in _HEX_DIGITS:
                    raise _unicode_error(body, i, k, reason)
                k += 1
            value = int(body[j + 1:k], 16)
            if value > _MAX_UNICODE:
                raise _unicode_error(body, i, k, 'illegal Unicode character')
            append(chr(value))
            pos = k
        elif char == 'N':
            if not _names_loaded:
                _load_names()
            k = j + 1
            if k >= size or body[k] != '{':
                raise _unicode_error(body, i, k, _MALFORMED_N)
            close = find('}', k + 1)
            if close < 0:
                raise _unicode_error(body, i, size, _MALFORMED_N)
            if close == k + 1:
                raise _unicode_error(body, i, close, _MALFORMED_N)
            named = _lookup_name(body[k + 1:close])
            if named is None:
                raise _unicode_error(body, i, close + 1,
                                     'unknown Unicode character name')
            append(named)
            pos = close + 1
        elif char >= '\x80':
            # CPython's buffer holds \u005c for this backslash; the character
            # after it stays an ordinary character.
            append('\\')
            pos = j
        else:
            if warning is None:
                warning = f"invalid escape sequence '\\{char}'"
            append('\\')
            append(char)
            pos = j + 1
        i = find('\\', pos)
    if pos < size:
        append(body[pos:])
    return ''.join(parts), warning


def decode_bytes(body):
    """Decode the escapes of a bytes literal's body (an ASCII str).

    Returns ``(value, warning)`` as decode_str; raises EscapeError with
    CPython's "(value error) ..." messages.
    """
    find = body.find
    i = find('\\')
    if i < 0:
        return body.encode('ascii'), None
    parts = []
    append = parts.append
    size = len(body)
    pos = 0
    warning = None
    while i >= 0:
        if i > pos:
            append(body[pos:i])
        j = i + 1
        if j == size:
            raise EscapeError('(value error) Trailing \\ in string')
        char = body[j]
        simple = _SIMPLE_ESCAPES.get(char)
        if simple is not None:
            append(simple)
            pos = j + 1
        elif char in _OCTAL_DIGITS:
            k = j + 1
            while k < size and k < j + 3 and body[k] in _OCTAL_DIGITS:
                k += 1
            value = int(body[j:k], 8)
            if value > 0o377 and warning is None:
                warning = f"invalid octal escape sequence '\\{body[j:k]}'"
            # CPython stores the value in a char: only its low byte survives.
            append(chr(value & 0xFF))
            pos = k
        elif char == 'x':
            if (j + 2 < size and body[j + 1] in _HEX_DIGITS
                    and body[j + 2] in _HEX_DIGITS):
                append(chr(int(body[j + 1:j + 3], 16)))
                pos = j + 3
            else:
                raise EscapeError(
                    f'(value error) invalid \\x escape at position {i}')
        else:
            if warning is None:
                warning = f"invalid escape sequence '\\{char}'"
            # The backslash stays; the character after it is ordinary text.
            append('\\')
            pos = j
        i = find('\\', pos)
    if pos < size:
        append(body[pos:])
    return ''.join(parts).encode('latin-1'), warning


def warn_invalid_escape(parser, message, token, where):
    """Issue CPython's DeprecationWarning for an invalid escape in ``token``.

    The warning goes through the warnings machinery with the parser's filename
    and the token's first line.  When a filter turns it into an exception,
    CPython reports a SyntaxError at the token instead.  As in CPython 3.11,
    the error pass (``call_invalid_rules``) issues none.  Ophis may parse the
    first pass again (to track positions); ``source.escape_warnings`` records
    each token's outcome so that the warning is issued once, and its error
    raised again.  ``where`` tells this warning from the token's others:
    the offset in the token's text of the part decoded (an int), or a
    tagged offset.
    """
    if parser.call_invalid_rules:
        return
    issued = parser.source.escape_warnings
    key = (token[2], token[3], where)
    raised = issued.get(key)
    if raised is None:
        WARNINGS_ISSUED[0] += 1
        try:
            _warnings.warn_explicit(message, DeprecationWarning,
                                    parser.source.filename, token[2])
            raised = False
        except DeprecationWarning:
            raised = True
        except UnicodeError as exc:
            # Whatever fails while warning fails the literal, and CPython
            # words these two families as decoding errors.
            raise EscapeError(f'(unicode error) {exc}') from None
        except ValueError as exc:
            raise EscapeError(f'(value error) {exc}') from None
        issued[key] = raised
    if raised:
        parser.raise_error_at(SyntaxError, message, token[2], token[3],
                              token[4], token[5])
