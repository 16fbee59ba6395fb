"""f-strings: the literal parts, the replacement fields, and their expressions.

This follows CPython 3.11's f-string parser (Parser/string_parser.c), which
scans the text of an f-string token itself: it finds the end of each
replacement field's expression by counting brackets and quotes, then parses the
expression with a fresh sub-parser over the text ``(expression)``.  The
sub-parser's tokens carry positions shifted into the enclosing source as 3.11
shifts them, quirks included:

- the sub-source's first line starts at the line of the ``{``; its tokens move
  right by the column of the ``{`` (plus the token's own column when the ``{``
  is on the token's first line), and only while the tokenizer is still on
  that first line: a string token that starts there but ends on a later line
  is not moved;
- when only whitespace separates the ``{`` from a newline, the first line is
  not moved at all;
- the FormattedValue nodes, and the Constant nodes made from literal text,
  span the whole run of concatenated tokens, while a format spec's JoinedStr
  spans only its own token.

Errors are raised through the parser, at the places CPython reports them.
"""

import re

from _ast import Constant, FormattedValue, JoinedStr

from ophis.parser.escapes import check_utf8, decode_str, warn_invalid_escape

# CPython's limit on brackets open at once (MAXLEVEL in its tokenizer).
MAXLEVEL = 200

# Characters that end a run of literal text.
_LITERAL_STOP = re.compile(r'[{}\\]')
_LITERAL_STOP_RAW = re.compile(r'[{}]')
# Characters that matter while scanning an expression, outside its strings...
_EXPR_STOP = re.compile(r'''[\\'"\[\](){}#!:=<>]''')
# ...and inside a string of the expression, per quote character.
_IN_STRING_STOP = {"'": re.compile(r"[\\']"), '"': re.compile(r'[\\"]')}
_CLOSERS = {')': '(', ']': '[', '}': '{'}
# What Py_ISSPACE accepts: skipped after the '=' of a self-documenting field.
_SPACE = frozenset(' \t\n\r\x0b\x0c')
# What the empty-expression check counts as whitespace.
_EXPR_SPACE = frozenset(' \t\n\x0c')


def _tokenizer_class():
    from ophis.tokenizer import Tokenizer
    return Tokenizer


def located(node, first, last):
    """``node``, spanning tokens ``first`` to ``last``.

    (Setting the attributes one by one is cheaper than passing keywords.)
    """
    node.lineno = first[2]
    node.col_offset = first[3]
    node.end_lineno = last[4]
    node.end_col_offset = last[5]
    return node


def constant_node(value, first, last):
    """A str Constant spanning tokens ``first`` to ``last``.

    Its kind is 'u' when the first token's text starts with a lowercase u,
    as CPython decides it (an uppercase U gives no kind).
    """
    return located(Constant(value, 'u' if first[1][0] == 'u' else None),
                   first, last)


class FStringState:
    """The parts collected so far for one JoinedStr (FstringParser in C).

    ``text`` holds the pieces of literal text not yet made into a Constant
    (a list, so that long runs of literals concatenate in linear time).
    """

    __slots__ = ('text', 'values', 'fmode')

    def __init__(self):
        self.text = []
        self.values = []
        self.fmode = False

    def concat(self, text):
        if text:
            self.text.append(text)

    def flush(self, first, last):
        """Turn pending text into a Constant before an expression."""
        if self.text:
            self.values.append(constant_node(''.join(self.text), first, last))
            self.text = []

    def finish(self, first, last):
        """The node for everything collected: a Constant or a JoinedStr."""
        if not self.fmode:
            return constant_node(''.join(self.text), first, last)
        self.flush(first, last)
        return located(JoinedStr(self.values), first, last)


def _decode_literal(parser, text, raw, token, start):
    if raw or '\\' not in text:
        # CPython decodes escapes in any literal part of a non-raw f-string,
        # which matters for where it reports a byte that is not UTF-8.
        check_utf8(text, not raw)
        return text
    value, warning = decode_str(text)
    if warning is not None:
        warn_invalid_escape(parser, warning, token, start)
    return value


def _find_literal(parser, s, pos, end, raw, level, token):
    """Scan literal text from ``pos``: returns (text, pos, doubled).

    The text stops at a '{' or '}' (which ``pos`` then points at) or at
    ``end``.  ``doubled`` is true when it stopped after a doubled brace at the
    top level: the text then ends with one brace and ``pos`` is past the pair.
    """
    start = pos
    search = (_LITERAL_STOP_RAW if raw else _LITERAL_STOP).search
    while True:
        match = search(s, pos, end)
        if match is None:
            pos = end
            break
        i = match.start()
        char = s[i]
        pos = i + 1
        if char == '\\':
            if pos >= end:
                continue
            char = s[pos]
            pos += 1
            if char == 'N':
                # Skip "\N{...}" so that its braces start no expression; the
                # character after \N is consumed whatever it is, as in C.
                if pos < end:
                    pos += 1
                    if s[pos - 1] == '{':
                        while pos < end:
                            pos += 1
                            if s[pos - 1] == '}':
                                break
                continue
            if char == '{':
                warn_invalid_escape(parser, "invalid escape sequence '\\{'",
                                    token, ('brace', pos))
            elif char != '}':
                continue
        # char is a brace.
        if level == 0:
            if pos < end and s[pos] == char:
                text = _decode_literal(parser, s[start:pos], raw, token, start)
                return text, pos + 1, True
            if char == '}':
                parser.raise_at_last_token(
                    "f-string: single '}' is not allowed")
        pos -= 1
        break
    text = s[start:pos]
    if text:
        text = _decode_literal(parser, text, raw, token, start)
    return text, pos, False


def _find_expression_end(parser, s, pos, end):
    """From just after a '{', find where its expression ends."""
    stack = []
    search = _EXPR_STOP.search
    while True:
        match = search(s, pos, end)
        if match is None:
            pos = end
            break
        pos = match.start()
        char = s[pos]
        if char == '\\':
            parser.raise_at_last_token(
                'f-string expression part cannot include a backslash')
        if char == "'" or char == '"':
            if pos + 2 < end and s[pos + 1] == char and s[pos + 2] == char:
                pos += 3
                triple = True
            else:
                pos += 1
                triple = False
            in_string = _IN_STRING_STOP[char].search
            while True:
                match = in_string(s, pos, end)
                if match is None:
                    parser.raise_at_last_token('f-string: unterminated string')
                pos = match.start()
                if s[pos] == '\\':
                    parser.raise_at_last_token(
                        'f-string expression part cannot include a backslash')
                if not triple:
                    pos += 1
                    break
                if pos + 2 < end and s[pos + 1] == char and s[pos + 2] == char:
                    pos += 3
                    break
                pos += 1
            continue
        if char in '[{(':
            if len(stack) >= MAXLEVEL:
                parser.raise_at_last_token(
                    'f-string: too many nested parenthesis')
            stack.append(char)
        elif char == '#':
            parser.raise_at_last_token(
                "f-string expression part cannot include '#'")
        elif char in ')]}':
            if not stack:
                if char == '}':
                    break
                parser.raise_at_last_token(f"f-string: unmatched '{char}'")
            opening = stack.pop()
            if _CLOSERS[char] != opening:
                parser.raise_at_last_token(
                    f"f-string: closing parenthesis '{char}' does not match "
                    f"opening parenthesis '{opening}'")
        elif not stack:
            # One of ! : = < > at the top level of the expression.
            if pos + 1 < end and s[pos + 1] == '=' and char != ':':
                pos += 2              # != == <= >=
                continue
            if char == '<' or char == '>':
                # Comparisons; unlike the others they never end the field.
                pos += 1
                continue
            break
        pos += 1
    if stack:
        parser.raise_at_last_token(f"f-string: unmatched '{stack[-1]}'")
    return pos


def _utf8_len(text):
    if text.isascii():
        return len(text)
    # A lone surrogate stands for a byte that is not UTF-8 (surrogateescape).
    return len(text.encode('utf-8', 'surrogateescape'))


def _expression_location(s, brace, token):
    """Where the sub-source's first line sits: (line offset, column shift).

    As CPython's fstring_find_expr_location: ``brace`` is the index of the
    '{' in the token's text ``s``; columns are UTF-8 byte offsets.
    """
    lines = s.count('\n', 0, brace)
    newline_after_brace = True
    k = brace + 1
    while k < len(s) and s[k] != '}' and s[k] != '\n':
        if s[k] not in ' \t\f':
            newline_after_brace = False
            break
        k += 1
    cols = 0
    if not newline_after_brace:
        line_start = s.rfind('\n', 0, brace) + 1
        cols = _utf8_len(s[line_start:brace])
    if lines:
        return lines, cols
    return lines, token[3] + cols


class FStringTokens:
    """The tokens of a replacement field's expression: what the parser's
    ``parse_fstring_tokens`` gets.

    Iterating gives the sub-tokenizer's tuples, moved to their place in the
    enclosing source (a sub-tokenizer error is moved too, line numbers in its
    message included).  The parser needs the rest to report its own errors
    as CPython 3.11's f-string sub-parser does:

    - ``source``: the text parsed, ``'(' + expression + ')\\n'`` (the
      newline as CPython's sub-tokenizer adds it);
    - ``starting_lineno``: the line of the source's first line;
    - ``starting_col_offset``: the column shift of that first line.

    A SyntaxError of the sub-parser gets the prefix "f-string: " (a
    tokenizer error does not); its offset and end offset are the byte
    columns + 1 minus ``starting_col_offset``, never converted to characters;
    its text is the sub-source line the error is on (without its newline),
    unless the error is on or past the line the sub-tokenizer has reached,
    which gives the sub-source from that line on, newline included.
    """

    __slots__ = ('tokens', 'line_offset', 'source', 'starting_lineno',
                 'starting_col_offset')

    def __init__(self, tokens, source, line_offset, col_shift):
        self.tokens = tokens
        self.source = source
        self.line_offset = line_offset
        self.starting_lineno = line_offset + 1
        self.starting_col_offset = col_shift

    def __iter__(self):
        line_offset = self.line_offset
        col_shift = self.starting_col_offset
        try:
            for kind, string, lineno, col, end_lineno, end_col, line in \
                    self.tokens:
                # CPython moves a token right only while its tokenizer is on
                # the first line, that is when the token ends there.
                if end_lineno == 1:
                    col += col_shift
                    end_col += col_shift
                yield (kind, string, lineno + line_offset, col,
                       end_lineno + line_offset, end_col, line)
        except SyntaxError as exc:
            if exc.msg.startswith('(unicode error)'):
                _as_parser_error(exc, col_shift)
            _shift_error(exc, line_offset)
            raise


def _as_parser_error(exc, col_shift):
    """A byte that is not UTF-8 in a name of the expression.

    CPython's tokenizer does not raise this one itself: it hands the parser
    an error token, and the sub-parser reports it as its own error, with the
    "f-string: " prefix and the sub-parser's column arithmetic (the token has
    no columns: -1, moved right on the first line).
    """
    if exc.lineno == 1:
        offset = end_offset = 0
    else:
        # The tokenizer's offset counts characters where CPython counts
        # bytes: they differ only after other non-ASCII text on the line.
        offset = exc.offset - col_shift
        end_offset = -1 - col_shift
    _set_error(exc, 'f-string: ' + exc.msg, offset, end_offset)


def _set_error(exc, msg, offset, end_offset):
    exc.msg = msg
    exc.offset = offset
    exc.end_offset = end_offset
    exc.args = (msg, (exc.filename, exc.lineno, offset, exc.text,
                      exc.end_lineno, end_offset))


_DETECTED_AT = re.compile(r'(\(detected at line |on line )(\d+)')


def _shift_error(exc, line_offset):
    """Move a sub-tokenizer's error to the enclosing source's lines.

    CPython's sub-tokenizer counts lines from the f-string's line, so the
    line numbers inside its messages are shifted too.
    """
    if not line_offset:
        return
    if exc.lineno is not None:
        exc.lineno += line_offset
    if exc.end_lineno is not None:
        exc.end_lineno += line_offset
    msg = exc.msg
    if msg:
        msg = _DETECTED_AT.sub(
            lambda m: m.group(1) + str(int(m.group(2)) + line_offset), msg)
    _set_error(exc, msg, exc.offset, exc.end_offset)


def _compile_expression(parser, s, start, end, token):
    """Parse the expression ``s[start:end]`` of a replacement field."""
    for k in range(start, end):
        if s[k] not in _EXPR_SPACE:
            break
    else:
        if s[end] in '!:=':
            parser.raise_at_last_token(
                f"f-string: expression required before '{s[end]}'")
        parser.raise_at_last_token('f-string: empty expression not allowed')
    lines, col_shift = _expression_location(s, start - 1, token)
    # The parentheses let the expression start with whitespace; the
    # sub-parser's start rule then sees a parenthesized group.  CPython's
    # sub-tokenizer reads its input as a file: with a final newline.
    source = '(' + s[start:end] + ')\n'
    line_offset = token[2] + lines - 1
    text = source
    if not source.isascii():
        try:
            source.encode('utf-8')
        except UnicodeEncodeError:
            # Bytes that are not UTF-8 (lone surrogates here): the tokenizer
            # reports them as CPython's does when it reads them as bytes.
            text = source.encode('utf-8', 'surrogateescape')
    # The sub-tokenizer inherits the parser's flags: before 3.7, async and
    # await are names there (no async def around them in the sub-source).
    tokens = _tokenizer_class()(text, parser.source.filename,
                                async_keywords=minor_version(parser) < 7)
    return parser.parse_fstring_tokens(
        FStringTokens(tokens, source, line_offset, col_shift))


def _find_expression(parser, s, pos, end, raw, level, first, token, last):
    """Parse the replacement field at ``s[pos] == '{'``.

    Returns (expression text for '=' or None, FormattedValue, pos after '}').
    """
    if level >= 2:
        parser.raise_at_last_token('f-string: expressions nested too deeply')
    start = pos + 1
    pos = _find_expression_end(parser, s, start, end)
    if pos >= end:
        parser.raise_at_last_token("f-string: expecting '}'")
    # The expression is parsed first, so that its errors come before those
    # of the conversion and the format spec.
    expression = _compile_expression(parser, s, start, pos, token)
    expr_text = None
    conversion = -1
    format_spec = None
    if s[pos] == '=':
        if minor_version(parser) < 8:
            parser.raise_at_last_token(
                'f-string: self documenting expressions are only supported '
                'in Python 3.8 and greater')
        pos += 1
        while s[pos] in _SPACE:
            pos += 1
        expr_text = s[start:pos]
    if s[pos] == '!':
        pos += 1
        if pos >= end:
            parser.raise_at_last_token("f-string: expecting '}'")
        conversion = s[pos]
        pos += 1
        if conversion not in ('s', 'r', 'a'):
            parser.raise_at_last_token(
                "f-string: invalid conversion character: expected 's', 'r', "
                "or 'a'")
        conversion = ord(conversion)
    if pos >= end:
        parser.raise_at_last_token("f-string: expecting '}'")
    if s[pos] == ':':
        pos += 1
        if pos >= end:
            parser.raise_at_last_token("f-string: expecting '}'")
        format_spec, pos = _parse_format_spec(parser, s, pos, end, raw,
                                              level + 1, first, token, last)
    if pos >= end or s[pos] != '}':
        parser.raise_at_last_token("f-string: expecting '}'")
    pos += 1
    if expr_text is not None and format_spec is None and conversion == -1:
        conversion = 114          # '=' alone means !r
    node = located(FormattedValue(expression, conversion, format_spec),
                   first, last)
    return expr_text, node, pos


def concat_fstring(parser, state, s, pos, end, raw, level, first, token, last):
    """Add the f-string text ``s[pos:end]`` of ``token`` to ``state``.

    Returns the position where parsing stopped: ``end`` at the top level,
    the '}' that closes a format spec otherwise.
    """
    state.fmode = True
    while True:
        literal, pos, doubled = _find_literal(parser, s, pos, end, raw, level,
                                              token)
        if literal:
            state.text.append(literal)
        if doubled:
            continue
        if pos >= end or s[pos] == '}':
            break
        expr_text, node, pos = _find_expression(parser, s, pos, end, raw,
                                                level, first, token, last)
        if expr_text:
            state.text.append(expr_text)
        state.flush(first, last)
        state.values.append(node)
    if level == 0 and pos < end - 1:
        parser.raise_at_last_token('f-string: unexpected end of string')
    if level != 0 and s[pos] != '}':
        parser.raise_at_last_token("f-string: expecting '}'")
    return pos


def _parse_format_spec(parser, s, pos, end, raw, level, first, token, last):
    state = FStringState()
    pos = concat_fstring(parser, state, s, pos, end, raw, level, first, token,
                         last)
    # The spec's own JoinedStr (and a Constant left at its end) spans only
    # this token; Constants flushed before an expression span the whole run.
    return state.finish(token, token), pos


def minor_version(parser):
    version = parser.feature_version
    if version is None:
        return 11
    if isinstance(version, tuple):
        version = version[1]
    return 11 if version < 0 else version


__all__ = ['FStringState', 'FStringTokens', 'MAXLEVEL', 'concat_fstring',
           'constant_node', 'located', 'minor_version']
