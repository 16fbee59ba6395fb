"""The parser-mode tokenizer: the tokens CPython 3.11's C tokenizer gives its parser.

Usage::

    tok = Tokenizer(source, filename='<unknown>', type_comments=False,
                    async_keywords=False, mode='exec')
    for type, string, lineno, col, end_lineno, end_col, line in tok: ...

``source`` is ``str`` (used as is; a coding cookie in it is ignored) or
``bytes`` (decoded as CPython decodes source, see ophis.tokenizer.source).
Decoding happens in the constructor, so errors CPython raises before the
first token (null bytes, an unknown or failing cookie encoding, lone
surrogates in a str) come from ``Tokenizer(...)`` itself.

Tokens are produced lazily, one per ``next()``: a tokenizer error is raised
only when the parser asks for the token where it occurs, as in CPython.
Iteration stops after ENDMARKER.  ``iter(tok)`` always returns the same
generator.

Each token is a plain tuple ``(type, string, lineno, col_offset, end_lineno,
end_col_offset, line)``:

* ``type`` is the exact type for operators and delimiters (LPAR, PLUSEQUAL,
  ...); NAME for names and keywords (the parser tells keywords by their
  string); NUMBER; STRING for a whole literal, prefix and quotes included,
  f-strings too; NEWLINE, INDENT, DEDENT, ENDMARKER.  No COMMENT or NL.
  TYPE_COMMENT and TYPE_IGNORE only with ``type_comments=True``; ASYNC and
  AWAIT only with ``async_keywords=True`` (ast.parse's feature_version < (3, 7)),
  where ``async``/``await`` outside an ``async def`` stay NAMEs.  Two
  spellings need the parser's attention: ``<>`` is a NOTEQUAL token (CPython
  rejects it in the parser unless Barry-as-FLUFL is on), and a stray ``$``,
  ``?``, ``!`` or backquote is a token of type OP, on which the parser fails
  with "invalid syntax".
* Lines are 1-based; columns are 0-based UTF-8 byte offsets, as the AST
  stores them.
* A NEWLINE token has zero width at the newline character, except after a
  comment, where it starts at the '#' and its string is the comment text (so
  CPython reports an error at it).  INDENT, DEDENT and ENDMARKER have columns
  -1 and -1, and the line number of the line the tokenizer is on (the last
  line, at the end of input).
* ``line`` is the physical line the token starts on, with its newline.  For a
  string literal spanning lines, that is the line of its opening quote.

Names are given as written.  CPython normalises a non-ASCII identifier to
NFKC only when it builds the AST (``_PyPegen_new_identifier``), after keyword
matching: ``ｉｆ`` is the NAME 'ｉｆ', not the keyword ``if``, and becomes the
identifier 'if'.  So the parser normalises: ``unicodedata.normalize('NFKC',
name)`` for names that are not ASCII.

``mode`` is the compile mode: 'exec' appends a final newline to the source
(CPython's exec_input); 'eval', 'func_type' and 'fstring' do not; 'single'
does not either, and applies what pegen does for interactive input: the
first ENDMARKER after some token becomes a NEWLINE, followed by the DEDENTs
still pending (unless ``imply_dedent=False``, PyCF_DONT_IMPLY_DEDENT) and
then the real ENDMARKER.  ``first_lineno`` numbers the first line (CPython
starts the f-string expression tokenizer at the literal's line).

State the parser reads, mirroring CPython's ``tok_state``:

* ``paren_stack``: ``(char, lineno, col_offset)`` of each open bracket, the
  innermost last (col_offset in bytes).  For "'(' was never closed".
* ``lineno``: the line the tokenizer is on (``tok->lineno``).
* ``encoding``: CPython's ``tok->encoding`` (None for bytes without BOM or
  cookie: then CPython reports parser errors with byte offsets).
* ``done``: 'E_OK' while tokens flow, 'E_EOF' after ENDMARKER; after an
  error, the C tokenizer's code for it: 'E_ERROR' (the tokenizer raised the
  error itself), 'E_DECODE', 'E_EOF' (end of input inside brackets or after
  a backslash), 'E_TABSPACE', 'E_DEDENT', 'E_TOODEEP', 'E_LINECONT'.
* ``error_line(lineno)``: the text CPython shows for an error on
  ``lineno`` (the current line with its newline, an earlier one without;
  for a source decoded from a cookie's encoding, an earlier line comes from
  the undecoded bytes, as in CPython); ``current_line()``.
* ``decode_error``: after 'E_DECODE' (bytes that are not UTF-8 in a name),
  the UnicodeDecodeError itself.  The SyntaxError raised is what CPython
  reports when its parser reaches the name; but when CPython meets it while
  tokenizing the rest of the source after a parser error
  (``_PyPegen_tokenize_full_source_to_check_for_errors``), ``ast.parse``
  raises this raw exception instead.

Every error the tokenizer raises already carries CPython's exact message,
class and position; the parser only lets it through.  After a parser error,
CPython tokenizes the rest of the source: an error with ``done`` 'E_ERROR'
found there replaces the parser's error; at the other codes, a bracket
still open replaces it ("'(' was never closed") when opened on a line
before the parser's error.
"""

import re
from _warnings import warn_explicit

from ophis.tokenizer import tokens as _t
from ophis.tokenizer.errors import (
    WARNINGS_ISSUED, known_location_error, line_bytes, shown_text, tokenizer_error,
    tokenizer_error_range)
from ophis.tokenizer.numbers import NumberError, scan_number
from ophis.tokenizer.source import decode_source_raw

NAME, NUMBER, STRING = _t.NAME, _t.NUMBER, _t.STRING
NEWLINE, INDENT, DEDENT, ENDMARKER = _t.NEWLINE, _t.INDENT, _t.DEDENT, _t.ENDMARKER
OP, ASYNC, AWAIT = _t.OP, _t.ASYNC, _t.AWAIT
TYPE_COMMENT, TYPE_IGNORE = _t.TYPE_COMMENT, _t.TYPE_IGNORE

MAXINDENT = 100     # CPython's limit on indentation levels (tokenizer.h)
MAXLEVEL = 200      # and on nested brackets
TABSIZE = 8

# -- the scanning expression ---------------------------------------------------
#
# One expression scans a physical line: findall gives (whitespace, name,
# other) per token.  Plain ASCII names, the most frequent token, come in the
# second group so the loop can yield them at once; everything else comes in
# the third.  Every alternative starts with a literal or a class, so the
# regular-expression engine skips the alternatives that cannot match at a
# glance.  Anything unusual -- a string that does not end on its line, a
# number that is malformed or glued to a name, a backslash -- is matched up
# to the end of the line: such "markers" are the only tokens that end in
# '\n' (or '\0', which stands for the end of input on a last line without a
# newline), and a slower path takes over from their start.


def _class_with_non_ascii(ascii_chars):
    """A character class matching ascii_chars and every non-ASCII
    character, written as the complement within ASCII: re compiles a class
    with a range up to U+10FFFF in Python, about 5 ms each (a tenth of a
    second per start-up for the expressions below)."""
    others = ''.join(f'\\x{code:02x}' for code in range(128)
                     if chr(code) not in ascii_chars)
    return f'[^{others}]'


_ASCII_ID = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_'
_ID_CHAR = _class_with_non_ascii(_ASCII_ID)
_PREFIX = r'(?:[bB][rR]?|[rR][bBfF]?|[fF][rR]?|[uU])'
_STRINGS = [
    r"'''[^'\\\n]*+(?:(?:\\.|'(?!''))[^'\\\n]*+)*+'''",
    r'"""[^"\\\n]*+(?:(?:\\.|"(?!""))[^"\\\n]*+)*+"""',
    r"'[^\n'\\]*+(?:\\.[^\n'\\]*+)*+'",
    r'"[^\n"\\]*+(?:\\.[^\n"\\]*+)*+"',
]
_TRIPLE_MARKER = r'(?:\'\'\'|""")[^\n]*+\n?'
_SINGLE_MARKER = r'[\'"][^\n]*+\n?'
_DIGITS = r'[0-9](?:_?[0-9])*+'
_EXPONENT = r'[eE][-+]?' + _DIGITS
_END = f'(?!{_ID_CHAR})'
_NUMBERS = [
    # Integers first: their look-ahead refuses '.', 'e', 'j' and the like, so
    # a float never stops early at its integer part.
    rf'[1-9](?:_?[0-9])*+(?!{_class_with_non_ascii(_ASCII_ID + ".")})',
    rf'0(?:_?0)*+(?!{_class_with_non_ascii(_ASCII_ID + ".")})',
    rf'0[xX](?:_?[0-9a-fA-F])++{_END}',
    rf'0[oO](?:_?[0-7])++{_END}',
    rf'0[bB](?:_?[01])++{_END}',
    rf'{_DIGITS}(?:\.(?:{_DIGITS})?(?:{_EXPONENT})?[jJ]?|{_EXPONENT}[jJ]?|[jJ]){_END}',
]
# A number that starts with '.', and its marker, must be tried before DOT.
_POINT_NUMBERS = [rf'\.{_DIGITS}(?:{_EXPONENT})?[jJ]?{_END}', r'\.[0-9][^\n]*+\n?']
_OPERATORS_3 = ['**=', '//=', '>>=', '<<=', '...']
_OPERATORS_2 = ['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=',
                ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=']
_OPERATORS_1 = '()[]{}:,;+-*/|&<>=.%~^@'


def _master_pattern(async_keywords):
    fast_name = (r'[A-Za-z_][0-9A-Za-z_]*+(?!'
                 + _class_with_non_ascii('\'"') + ')')
    if async_keywords:
        # Let 'async' and 'await' take the slow path, which decides whether
        # they are keywords.
        fast_name = rf'(?!(?:async|await)(?!{_ID_CHAR}))' + fast_name
    other = (
        [r'\n']
        + [re.escape(op) for op in _OPERATORS_3 + _OPERATORS_2]
        + _POINT_NUMBERS
        + ['[' + re.escape(_OPERATORS_1) + ']']
        + _NUMBERS
        # Strings, and markers for those that go on past their line or are
        # unterminated; a triple quote must be tried before '' or "".
        + _STRINGS[:2] + [_TRIPLE_MARKER] + _STRINGS[2:]
        + [_PREFIX + '(?:' + '|'.join(_STRINGS[:2] + [_TRIPLE_MARKER] + _STRINGS[2:]
                                      + [_SINGLE_MARKER]) + ')']
        + [r'#[^\n\0]*+']
        + [_SINGLE_MARKER]
        # names that are not plain ASCII, or are glued to a quote
        + [_class_with_non_ascii(_ASCII_ID[10:]) + f'{_ID_CHAR}*+']
        # markers: numbers for the slow path, backslashes
        + [r'[0-9][^\n]*+\n?', r'\\[^\n]*+\n?']
        # one character nothing else takes ('$', '?', control characters,
        # '\0' for the end of input)
        + [r'[^ \t\f]']
    )
    return re.compile(r'([ \t\f]*+)(?:(' + fast_name + ')|(' + '|'.join(other) + '))')


_SCAN = {False: _master_pattern(False), True: _master_pattern(True)}
_LINES = re.compile(r'[^\n]*\n|[^\n]+')

# Operators and delimiters; brackets carry a negative type to be told apart
# with one comparison.
_OPERATOR_TYPES = dict(_t.EXACT_TOKEN_TYPES)
_OPERATOR_TYPES['<>'] = _t.NOTEQUAL
for _bracket in '()[]{}':
    _OPERATOR_TYPES[_bracket] = -_OPERATOR_TYPES[_bracket]
del _bracket
_CLOSING = {'(': ')', '[': ']', '{': '}'}

# The rest of a string literal from just after its opening quote(s), across
# lines; and, for the error message, how far an unterminated one gets.
_STRING_TAILS = {
    "'''": re.compile(r"[^'\\]*(?:(?:\\[\s\S]|'(?!''))[^'\\]*)*'''"),
    '"""': re.compile(r'[^"\\]*(?:(?:\\[\s\S]|"(?!""))[^"\\]*)*"""'),
    "'": re.compile(r"[^\n'\\]*(?:\\[\s\S][^\n'\\]*)*'"),
    '"': re.compile(r'[^\n"\\]*(?:\\[\s\S][^\n"\\]*)*"'),
}
_SINGLE_REACH = {
    "'": re.compile(r"[^\n'\\]*(?:\\[\s\S][^\n'\\]*)*"),
    '"': re.compile(r'[^\n"\\]*(?:\\[\s\S][^\n"\\]*)*'),
}

_TYPE_COMMENT = re.compile(r'#[ \t]*type:[ \t]*')
_ASYNC_DEF = re.compile(rf'(?:[ \t\f]|\\\n)*def(?!{_ID_CHAR})')


def _indent_columns(ws, col=0, altcol=0):
    """The indentation of ``ws`` with tabs of 8 and, to catch mixing, of 1."""
    for c in ws:
        if c == ' ':
            col += 1
            altcol += 1
        elif c == '\t':
            col = (col // TABSIZE + 1) * TABSIZE
            altcol += 1
        else:                       # form feed: Emacs users reset the count
            col = altcol = 0
    return col, altcol


class Tokenizer:
    """CPython 3.11's C tokenizer, as its parser sees it (see the module doc)."""

    def __init__(self, source, filename='<unknown>', *, type_comments=False,
                 async_keywords=False, mode='exec', first_lineno=1,
                 imply_dedent=True):
        self.filename = filename
        self.type_comments = type_comments
        self.async_keywords = async_keywords
        self.mode = mode
        self.imply_dedent = imply_dedent
        self.first_lineno = first_lineno
        text, self.encoding, self._raw = decode_source_raw(source, filename,
                                                           mode == 'exec')
        self.text = text
        self.lines = _LINES.findall(text)
        self.paren_stack = []
        self.lineno = first_lineno - 1
        self.done = 'E_OK'
        self._offsets = None
        self.decode_error = None
        self._buf_index = 0     # the first line of CPython's buffer (tok->buf)
        self._generator = None
        self._depth = 0

    def __iter__(self):
        if self._generator is None:
            tokens = self._tokens()
            if self.mode == 'single':
                tokens = self._single_input(tokens)
            self._generator = tokens
        return self._generator

    # -- positions and error text ---------------------------------------------

    def _line_offset(self, index):
        """Offset in ``self.text`` of line ``index`` (0-based)."""
        offsets = self._offsets
        if offsets is None:
            offsets = self._offsets = [0]
            total = 0
            for line in self.lines:
                total += len(line)
                offsets.append(total)
        return offsets[index]

    def current_line(self):
        """The tokenizer's buffer as CPython holds it (buf..inp): the line it
        is on, preceded by the lines it reached from by a backslash or
        within a string literal (CPython starts a new buffer only for a line
        it reads between tokens)."""
        index = self.lineno - self.first_lineno
        if 0 <= index < len(self.lines):
            return ''.join(self.lines[min(self._buf_index, index):index + 1])
        return ''

    def _physical_line(self):
        index = self.lineno - self.first_lineno
        if 0 <= index < len(self.lines):
            return self.lines[index]
        return ''

    def error_line(self, lineno):
        """The text CPython shows for an error on ``lineno`` (pegen's rule).

        The current line comes with its newline; an earlier line without it.
        """
        current = self.current_line()
        if self.lineno <= lineno and current:
            return shown_text(current)
        index = max(lineno - self.first_lineno, 0)
        if index >= len(self.lines):
            index = len(self.lines) - 1
        if index < 0:
            return ''
        if self._raw is not None:
            # CPython reads earlier lines from the undecoded source.
            raw_lines = self._raw.split(b'\n')
            return raw_lines[min(index, len(raw_lines) - 1)].decode('utf-8', 'replace')
        return shown_text(self.lines[index].split('\n', 1)[0])

    def _fail(self, done, exc):
        self.done = done
        raise exc

    def _tokenizer_error(self, msg, line, cursor, end_cursor=None):
        self.done = 'E_ERROR'
        raise tokenizer_error(msg, self.filename, self.lineno, line, cursor, end_cursor)

    def _known_location(self, cls, msg, lineno, col_offset, end_lineno,
                        end_col_offset, done):
        self.done = done
        raise known_location_error(cls, msg, self.filename, self.encoding, lineno,
                                   col_offset, end_lineno, end_col_offset,
                                   self.error_line(lineno))

    def _unclosed_bracket(self):
        char, lineno, col = self.paren_stack[-1]
        self._known_location(SyntaxError, f"'{char}' was never closed",
                             lineno, col + 1, lineno, 0, 'E_EOF')

    def _unexpected_eof(self, line):
        # tok_continuation_line hit the end of input: pegen's E_EOF.
        if self.paren_stack:
            self._unclosed_bracket()
        self._known_location(SyntaxError, 'unexpected EOF while parsing',
                             self.lineno, len(line_bytes(line)), self.lineno, -1,
                             'E_EOF')

    def _after_backslash(self, line, byte_col):
        """E_LINECONT: a backslash at ``byte_col`` not followed by a newline."""
        rest = line_bytes(line)[byte_col + 1:]
        # CPython reads one byte after the backslash (none at the end of
        # input), and counts from the start of its buffer.
        index = self.lineno - self.first_lineno
        before = ''.join(self.lines[min(self._buf_index, index):index])
        cursor = len(line_bytes(before)) + byte_col + 1 + (1 if rest else 0)
        self._known_location(
            SyntaxError, 'unexpected character after line continuation character',
            self.lineno, cursor, self.lineno, 0, 'E_LINECONT')

    def _indentation_error(self, done):
        line = self._physical_line()
        if done == 'E_DEDENT':
            self._known_location(
                IndentationError, 'unindent does not match any outer indentation level',
                self.lineno, len(line_bytes(line)), self.lineno, -1, done)
        if done == 'E_TOODEEP':
            self._known_location(IndentationError, 'too many levels of indentation',
                                 self.lineno, 1, self.lineno, 0, done)
        self._known_location(TabError, 'inconsistent use of tabs and spaces in indentation',
                             self.lineno, 1, self.lineno, 0, done)

    # -- the slow paths ---------------------------------------------------------

    def _identifier(self, line, name, start_char):
        """verify_identifier: a name with non-ASCII characters, or an error."""
        data = line_bytes(name)
        try:
            data.decode('utf-8')
        except UnicodeDecodeError as exc:
            # A byte that is not UTF-8: pegen reports the decoding error at
            # the end of the would-be identifier, in bytes.
            self.decode_error = exc
            end = len(line_bytes(line[:start_char + len(name)]))
            self._known_location(SyntaxError, f'(unicode error) {exc}', self.lineno,
                                 end, self.lineno, -1, 'E_DECODE')
        if name.isidentifier():
            return
        bad = 0 if not name[0].isidentifier() else next(
            i for i in range(1, len(name)) if not ('_' + name[i]).isidentifier())
        ch = name[bad]
        cursor = len(line_bytes(line[:start_char + bad + 1]))
        if ch.isprintable():
            msg = f"invalid character '{ch}' (U+{ord(ch):04X})"
        else:
            msg = f'invalid non-printable character U+{ord(ch):04X}'
        self._tokenizer_error(msg, line, cursor)

    def _number(self, line, scan, start_char):
        """A number the fast expression refused: its end, or CPython's error."""
        def byte(index):
            return len(line_bytes(scan[:index]))
        try:
            end, warning = scan_number(scan, start_char)
        except NumberError as exc:
            self.done = 'E_ERROR'
            if exc.span is not None:
                first, last = exc.span
                raise tokenizer_error_range(exc.msg, self.filename, self.lineno, line,
                                            byte(first) + 1, byte(last)) from None
            raise tokenizer_error(exc.msg, self.filename, self.lineno, line,
                                  byte(exc.cursor)) from None
        if warning is not None:
            msg, cursor = warning
            WARNINGS_ISSUED[0] += 1
            try:
                warn_explicit(msg, SyntaxWarning, self.filename, self.lineno)
            except SyntaxWarning:
                self._tokenizer_error(msg, line, byte(cursor))
        return end

    def _string(self, index, start_char):
        """A string literal starting at ``lines[index][start_char]`` that does
        not end on its line.  Returns (text, end_index, end_char)."""
        line = self.lines[index]
        quote_at = start_char
        while line[quote_at] not in '\'"':
            quote_at += 1
        quote = line[quote_at]
        if line.startswith(quote * 3, quote_at):
            quote *= 3
        text = self.text
        base = self._line_offset(index)
        body = base + quote_at + len(quote)
        match = _STRING_TAILS[quote].match(text, body)
        if match is None:
            if len(quote) == 3:
                last = len(self.lines) - 1
                msg = 'unterminated triple-quoted string literal (detected at line {})'
            else:
                reach = _SINGLE_REACH[quote].match(text, body).end()
                if reach < len(text):
                    last = index + text.count('\n', body, reach)
                else:
                    # An escaped newline at the end: the input ends first.
                    last = len(self.lines) - 1
                msg = 'unterminated string literal (detected at line {})'
            msg = msg.format(last + self.first_lineno)
            # CPython reports it from the token's first character.
            self.lineno = index + self.first_lineno
            self._tokenizer_error(msg, line, len(line_bytes(line[:start_char])) + 1)
        end = match.end()
        end_index = index + text.count('\n', body, end)
        return text[base + start_char:end], end_index, end - self._line_offset(end_index)

    def _type_comment(self, comment, start):
        """TYPE_COMMENT or TYPE_IGNORE for ``comment`` at byte ``start``, or None.

        Returns (type, string, column) where column is where the token
        starts (after the '# type:' prefix, or after 'ignore').
        """
        match = _TYPE_COMMENT.match(comment)
        if match is None:
            return None
        rest = comment[match.end():]
        offset = len(line_bytes(comment[:match.end()]))
        if rest.startswith('ignore'):
            after = rest[6:7]
            if not after or not (after >= '\x80' or (after.isalnum() and after.isascii())):
                return TYPE_IGNORE, rest[6:], start + offset + 6
        return TYPE_COMMENT, rest, start + offset

    # -- the tokens ---------------------------------------------------------------

    def __repr__(self):
        return f'<Tokenizer {self.filename!r} line {self.lineno}>'

    def _backslashes_at_start(self, index, ws, t):
        """A line that starts with a backslash continuation.

        The C tokenizer measures indentation across such lines, and the
        column of the first backslash not in column 0 becomes the
        indentation of what follows.  Returns the new line's index, text,
        scan string and tokens, and the (col, altcol) indentation.
        """
        lines = self.lines
        findall = _SCAN[self.async_keywords].findall
        line = lines[index]
        col, altcol = _indent_columns(ws)
        cont_col = 0
        while True:
            if not cont_col:
                cont_col = col
            if t[1] != '\n':
                self._after_backslash(line, len(ws))
            index += 1
            if index >= len(lines):
                self._unexpected_eof(line)
            line = lines[index]
            self.lineno = index + self.first_lineno
            self._buf_index = index
            scan = line if line[-1] == '\n' else line + '\0'
            toks = findall(scan)
            ws, name, t = toks[0]
            col, altcol = _indent_columns(ws, col, altcol)
            if name or t[0] != '\\' or len(t) == 1:
                break
        if cont_col:
            col = altcol = cont_col
        return index, line, scan, toks, (col, altcol)

    def _single_input(self, tokens):
        """What pegen does for 'single' input: the first ENDMARKER after some
        token becomes a NEWLINE, then the pending DEDENTs, then ENDMARKER."""
        produced = False
        for token in tokens:
            if token[0] == ENDMARKER and produced:
                yield (NEWLINE,) + token[1:]
                if self.imply_dedent:
                    for _ in range(self._depth):
                        yield (DEDENT,) + token[1:]
                yield token
                return
            produced = True
            yield token

    def _tokens(self):
        lines = self.lines
        nlines = len(lines)
        first = self.first_lineno
        parens = self.paren_stack
        findall = _SCAN[self.async_keywords].findall
        operator_types = _OPERATOR_TYPES
        type_comments = self.type_comments
        async_keywords = self.async_keywords
        text_ascii = self.text.isascii()
        indents = [0]           # indentation columns, tabs to multiples of 8
        altindents = [0]        # the same with tabs of 1, to catch mixing
        # The async_hacks state (feature_version < 3.7): inside 'async def'?
        async_def = False
        async_def_indent = 0
        async_def_nl = False
        at_end = False          # the input ended in the middle of a line

        index = 0
        while index < nlines:
            # ---- a physical line that begins a logical line ----
            line = lines[index]
            lineno = self.lineno = index + first
            self._buf_index = index
            scan = line if line[-1] == '\n' else line + '\0'
            toks = findall(scan)
            ws, name, t = toks[0]
            columns = None
            if not name and t[0] == '\\' and len(t) > 1:
                index, line, scan, toks, columns = self._backslashes_at_start(index, ws, t)
                lineno = self.lineno
                ws, name, t = toks[0]
            if not name and (t == '\n' or t[0] == '#'):
                # Blank or comment-only: no NEWLINE, indentation unchanged.
                if type_comments and t[0] == '#':
                    found = self._type_comment(t, len(ws))
                    if found is not None:
                        typ, string, tc_col = found
                        end = len(ws) + len(line_bytes(t))
                        yield (typ, string, lineno, tc_col, lineno, end, line)
                        if typ == TYPE_COMMENT and not parens:
                            # CPython's artifact: the call after a type
                            # comment is not at a line start, so this
                            # line's newline is a NEWLINE.
                            yield (NEWLINE, '', lineno, end, lineno, end, line)
                index += 1
                if line[-1] != '\n':
                    # A comment that runs into the end of the input: CPython
                    # meets the end after it, not at a line start, and
                    # makes no DEDENTs.
                    at_end = True
                continue

            if not parens:
                # ---- indentation ----
                if columns is not None:
                    col, altcol = columns
                elif not ws:
                    col = altcol = 0
                elif '\t' in ws or '\f' in ws:
                    col, altcol = _indent_columns(ws)
                else:
                    col = altcol = len(ws)
                if col == indents[-1]:
                    if altcol != altindents[-1]:
                        self._indentation_error('E_TABSPACE')
                elif col > indents[-1]:
                    if len(indents) >= MAXINDENT:
                        self._indentation_error('E_TOODEEP')
                    if altcol <= altindents[-1]:
                        self._indentation_error('E_TABSPACE')
                    indents.append(col)
                    altindents.append(altcol)
                    yield (INDENT, '', lineno, -1, lineno, -1, line)
                else:
                    dedents = 0
                    while len(indents) > 1 and col < indents[-1]:
                        indents.pop()
                        altindents.pop()
                        dedents += 1
                    if col != indents[-1]:
                        self._indentation_error('E_DEDENT')
                    if altcol != altindents[-1]:
                        self._indentation_error('E_TABSPACE')
                    for _ in range(dedents):
                        yield (DEDENT, '', lineno, -1, lineno, -1, line)
                if async_def and async_def_nl and async_def_indent >= len(indents) - 1:
                    # Back at (or out of) the level of the 'async def'.
                    async_def = async_def_nl = False
                    async_def_indent = 0

            # ---- the tokens of the line ----
            ascii_line = text_ascii or line.isascii()
            col = 0                 # byte offset where the next token may start
            newline_from = -1       # where a comment starts (NEWLINE starts there)
            comment = ''
            restart = True
            while restart:
                restart = False
                for ws, name, t in toks:
                    start = col + len(ws)
                    if name:
                        col = start + len(name)
                        yield (NAME, name, lineno, start, lineno, col, line)
                        continue
                    typ = operator_types.get(t)
                    if typ is not None:
                        col = start + len(t)
                        if typ < 0:
                            typ = -typ
                            if t in '([{':
                                if len(parens) >= MAXLEVEL:
                                    self._tokenizer_error('too many nested parentheses',
                                                          line, col)
                                parens.append((t, lineno, start))
                            elif not parens:
                                self._tokenizer_error(f"unmatched '{t}'", line, col)
                            else:
                                opening, open_lineno, _ = parens.pop()
                                if _CLOSING[opening] != t:
                                    msg = (f"closing parenthesis '{t}' does not match "
                                           f"opening parenthesis '{opening}'")
                                    if open_lineno != lineno:
                                        msg += f' on line {open_lineno}'
                                    self._tokenizer_error(msg, line, col)
                        yield (typ, t, lineno, start, lineno, col, line)
                        continue
                    first_char = t[0]
                    if first_char == '\n':
                        if not parens:
                            if newline_from < 0:
                                yield (NEWLINE, '', lineno, start, lineno, start, line)
                            else:
                                yield (NEWLINE, comment, lineno, newline_from,
                                       lineno, start, line)
                            if async_def:
                                async_def_nl = True
                        break
                    last_char = t[-1]
                    if last_char == '\n' or last_char == '\0':
                        if t == '\0':
                            break
                        # A marker: a slow path takes over from its start.
                        restart = True
                        char_at = start if ascii_line else len(
                            line_bytes(line)[:start].decode('utf-8', 'surrogateescape'))
                        if first_char == '\\':
                            if t[1] != '\n':
                                self._after_backslash(line, start)
                            index += 1
                            if index >= nlines:
                                self._unexpected_eof(line)
                            line = lines[index]
                            lineno = self.lineno = index + first
                            scan = line if line[-1] == '\n' else line + '\0'
                            ascii_line = text_ascii or line.isascii()
                            toks = findall(scan)
                            col = 0
                            newline_from = -1
                            break
                        if first_char in '0123456789.':
                            end = self._number(line, scan, char_at)
                            string = scan[char_at:end]
                            col = start + len(string)
                            yield (NUMBER, string, lineno, start, lineno, col, line)
                            toks = findall(scan, end)
                            break
                        string, end_index, end_char = self._string(index, char_at)
                        if end_index != index:
                            first_line, first_lineno = line, lineno
                            index = end_index
                            line = lines[index]
                            lineno = self.lineno = index + first
                            scan = line if line[-1] == '\n' else line + '\0'
                            ascii_line = text_ascii or line.isascii()
                            col = end_char if ascii_line else len(line_bytes(line[:end_char]))
                            yield (STRING, string, first_lineno, start, lineno, col, first_line)
                        else:
                            col = start + len(line_bytes(string))
                            yield (STRING, string, lineno, start, lineno, col, line)
                        toks = findall(scan, end_char)
                        break
                    if first_char == '#':
                        col = start + (len(t) if ascii_line else len(line_bytes(t)))
                        if type_comments:
                            found = self._type_comment(t, start)
                            if found is not None:
                                typ, string, tc_col = found
                                yield (typ, string, lineno, tc_col, lineno, col, line)
                                continue
                        newline_from = start
                        comment = t
                        continue
                    if first_char in '0123456789.':
                        col = start + len(t)
                        yield (NUMBER, t, lineno, start, lineno, col, line)
                        continue
                    if last_char == "'" or last_char == '"':
                        col = start + (len(t) if ascii_line else len(line_bytes(t)))
                        yield (STRING, t, lineno, start, lineno, col, line)
                        continue
                    if first_char >= '\x80' or first_char == '_' or first_char.isalpha():
                        # A name the fast group left: not ASCII, glued to a
                        # quote, or 'async'/'await' under async_hacks.
                        if t.isascii():
                            col = start + len(t)
                        else:
                            self._identifier(line, t, len(
                                line_bytes(line)[:start].decode('utf-8', 'surrogateescape')))
                            col = start + len(line_bytes(t))
                        typ = NAME
                        if async_keywords and (t == 'async' or t == 'await'):
                            if async_def:
                                typ = ASYNC if t == 'async' else AWAIT
                            elif t == 'async':
                                after = self._line_offset(index) + (col if ascii_line else len(
                                    line_bytes(line)[:col].decode('utf-8', 'surrogateescape')))
                                if _ASYNC_DEF.match(self.text, after):
                                    typ = ASYNC
                                    async_def = True
                                    async_def_indent = len(indents) - 1
                                    async_def_nl = False
                        yield (typ, t, lineno, start, lineno, col, line)
                        continue
                    # A character no token starts with.
                    col = start + 1
                    if first_char.isprintable():
                        yield (OP, t, lineno, start, lineno, col, line)
                        continue
                    self._tokenizer_error(
                        f'invalid non-printable character U+{ord(first_char):04X}', line, col)
            if t == '\0':
                at_end = True
                break
            index += 1

        # ---- the end of input ----
        if not at_end and not parens:
            current = self._physical_line()
            while len(indents) > 1:
                indents.pop()
                yield (DEDENT, '', self.lineno, -1, self.lineno, -1, current)
        if parens:
            self._unclosed_bracket()
        self._depth = len(indents) - 1
        self.done = 'E_EOF'
        yield (ENDMARKER, '', self.lineno, -1, self.lineno, -1, self._physical_line())
