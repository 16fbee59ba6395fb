"""SyntaxErrors worded and placed as CPython 3.11's parser does.

Three parts:

- the driver of the error path (``syntax_error``): what _PyPegen_run_parser
  and _PyPegen_set_syntax_error do after a failed first pass;
- ``TokenizerView``: where CPython's tokenizer stands after a given token
  (its line, its cursor, the start of its buffer), computed from the
  source, because CPython's messages take positions and the offending text
  from there;
- the helpers the invalid_* rules call (expr_name, raise_known, ...).

Columns in tokens and nodes are UTF-8 byte offsets; an error's offset and
end_offset are 1-based and, when the tokenizer knows the source's encoding,
converted to characters, as _PyPegen_raise_error_known_location does.
"""
import _ast
import re

from ophis.parser.runtime import NeedsTracking, TrackingKinds
from ophis.tokenizer.tokens import DEDENT, ENDMARKER, INDENT, NEWLINE, STRING

# RAISE_ERROR_KNOWN_LOCATION's marker for "where the tokenizer stands".
CURRENT_POS = -5

STAR_TARGETS, DEL_TARGETS, FOR_TARGETS = 'star', 'del', 'for'

_COOKIE = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)


# -- the error path ---------------------------------------------------------

class _TokenizerError(Exception):
    """The parser read the token where the tokenizer failed."""


class _FailKinds(TrackingKinds):
    """Tracking kinds where reading the position of a tokenizer error is that
    error, as fetching the token is in CPython."""
    __slots__ = ('error_at',)

    def __getitem__(self, i):
        if i > self.furthest:
            self.furthest = i
            if i >= self.error_at:
                raise _TokenizerError()
        return list.__getitem__(self, i)


def _tracking_kinds(kinds, info):
    if info.tok_error is None:
        return TrackingKinds(kinds)
    tracked = _FailKinds(kinds)
    tracked.error_at = len(kinds) - 1
    return tracked


def syntax_error(parser_class, toks, kinds, info):
    """The exception for tokens on which the first pass failed."""
    from ophis.parser._error_parser import ErrorParser
    from ophis.parser._parser import DeepParser
    tracked = _tracking_kinds(kinds, info)
    # Without shortcuts, the first pass reads what CPython's reads.
    first = DeepParser(toks, tracked, info)
    try:
        try:
            result = getattr(first, info.start_rule)(0)
        except RecursionError:
            raise
        except _TokenizerError:
            if info.allow_incomplete and _tokenizer_at_end(info):
                return _incomplete_input(first, toks, info, True)
            raise
        except SyntaxError as exc:
            if info.allow_incomplete and _read_to_end(tracked, toks, info):
                return _incomplete_input(first, toks, info, False)
            # An error of the first pass: the second pass does nothing.
            return _prefer_tokenizer_error(first, exc, info)
        last_index = tracked.furthest
        if info.allow_incomplete and _read_to_end(tracked, toks, info):
            return _incomplete_input(first, toks, info, False)
        if result is not None:  # pragma: no cover - the fast pass failed
            return SyntaxError('internal error: the first pass succeeded on retry')
        second = ErrorParser(toks, tracked, info)
        try:
            getattr(second, info.start_rule)(0)
        except SyntaxError as exc:
            return _prefer_tokenizer_error(second, exc, info)
    except _TokenizerError:
        return _tokenizer_error(info, toks)
    return _generic_error(second, toks, last_index, info)


# -- PyCF_ALLOW_INCOMPLETE_INPUT ---------------------------------------------
#
# CPython's _PyPegen_run_parser: when the first pass fails and the tokenizer
# has met the end of the input (tok->done is E_EOF, or E_EOFS/E_EOLS for a
# string literal left open there), the error is "incomplete input", at the
# last token fetched.  The tokenizer meets the end while making the token
# after which no character is left, or the first one after the last
# character: a name, number or operator (but a three-character one, or
# '...') reads one character past its end; a string literal and a NEWLINE
# do not; a DEDENT or ENDMARKER at the end of the input, or the NEWLINE
# pegen puts in the place of the ENDMARKER of 'single' input, come after it.

_NO_LOOKAHEAD = frozenset({'...', '**=', '//=', '>>=', '<<='})


def _tokenizer_at_end(info):
    done = getattr(info.tokenizer, 'done', None)
    if done == 'E_EOF':
        return True
    exc = info.tok_error
    if done != 'E_ERROR' or exc is None:
        return False
    if exc.msg.startswith('unterminated triple-quoted string literal'):
        return True  # E_EOFS
    if exc.msg.startswith('unterminated string literal'):
        # E_EOLS when the literal runs into the end of the input rather
        # than the end of its line (a backslash carries it over a newline)
        return _string_runs_to_end(info.tokenizer, exc)
    return False


def _string_runs_to_end(tokenizer, exc):
    lines = getattr(tokenizer, 'lines', None)
    first = getattr(tokenizer, 'first_lineno', 1)
    if not lines or not first <= exc.lineno < first + len(lines):
        return False
    rest = ''.join(lines[exc.lineno - first:])[exc.offset - 1:]
    rest = rest.lstrip('bBrRuUfF')
    quote = rest[:1]
    i = 1
    while i < len(rest):
        c = rest[i]
        if c == '\\':
            i += 2
            continue
        if c == '\n' or c == '\r' or c == quote:
            return False
        i += 1
    return True


def _eof_index(toks, info):
    """The index of the token whose making met the end of the input."""
    lines = getattr(info.tokenizer, 'lines', None) or ['']
    last = lines[-1]
    open_end = not last.endswith(('\n', '\r'))
    last_lineno = getattr(info.tokenizer, 'first_lineno', 1) + len(lines) - 1
    end_col = _blen(last)
    # indentation read up to the end of the input
    blank_end = open_end and not last.strip(' \t\f')
    for index, tok in enumerate(toks):
        kind = tok[0]
        if kind == ENDMARKER:
            return index
        if kind == DEDENT or kind == INDENT:
            if blank_end and tok[2] == last_lineno or kind == DEDENT and \
                    all(t[0] == DEDENT or t[0] == ENDMARKER or
                        t[0] == NEWLINE and t[3] == -1 for t in toks[index:]):
                return index
            continue
        if kind == NEWLINE:
            if tok[3] == -1:
                return index
            continue
        if kind == INDENT or kind == STRING or not open_end:
            continue
        if tok[4] == last_lineno and tok[5] == end_col and \
                tok[1] not in _NO_LOOKAHEAD:
            return index
    return len(toks)


def _read_to_end(tracked, toks, info):
    return tracked.furthest >= _eof_index(toks, info)


def _incomplete_input(p, toks, info, tokenizer_failed):
    """RAISE_SYNTAX_ERROR("incomplete input") at the last token fetched; a
    token the tokenizer failed on has no end, and no start unless it is an
    unterminated string literal."""
    if not tokenizer_failed:
        return error_at_last_token(p, SyntaxError, 'incomplete input')
    tokenizer = info.tokenizer
    lines = getattr(tokenizer, 'lines', None) or ['']
    first_lineno = getattr(tokenizer, 'first_lineno', 1)
    exc = info.tok_error
    if exc.msg.startswith(('unterminated triple-quoted', 'unterminated string')):
        # The tokenizer went back to the opening quote: the token starts
        # there, and the text is the whole buffer: from the line that
        # began it (a backslash joins lines into one) to the end.
        start = TokenizerView(p)._buffer_start(exc.lineno)
        text = ''.join(lines[start - first_lineno:])
        return SyntaxError('incomplete input', (
            exc.filename, exc.lineno, exc.offset, text, exc.lineno, -1))
    last_lineno = first_lineno + len(lines) - 1
    end = (ENDMARKER, '', last_lineno, -1, last_lineno, -1, lines[-1])
    at_end = type(p)(toks + [end], TrackingKinds([t[0] for t in toks] + [ENDMARKER]), info)
    at_end.kinds.furthest = len(toks)
    return error_at_last_token(at_end, SyntaxError, 'incomplete input')


def _tokenizer_error(info, toks):
    exc = info.tok_error
    return exc


def _generic_error(p, toks, last_index, info):
    """_PyPegen_set_syntax_error when no rule raised an error."""
    last = toks[last_index] if last_index < len(toks) else None
    if last is not None and last[0] in (INDENT, DEDENT):
        msg = 'unexpected indent' if last[0] == INDENT else 'unexpected unindent'
        return error_at_last_token(p, IndentationError, msg)
    view = TokenizerView(p)
    lineno, col, end_lineno, end_col = view.c_position(last_index)
    exc = error_at(p, SyntaxError, 'invalid syntax', lineno, col + 1, end_lineno, end_col + 1)
    return _prefer_tokenizer_error(p, exc, info)


def _prefer_tokenizer_error(p, exc, info):
    """_PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error
    later in the source replaces a parser error if CPython's tokenizer raises
    it; where it only signals one (end of input, a bad continuation...), a
    bracket still open there replaces it when opened on a line before the
    one the parser stopped at."""
    tok_error = info.tok_error
    if tok_error is None or not isinstance(exc, SyntaxError):
        return exc
    done = getattr(info.tokenizer, 'done', None)
    if done is None:  # a tokenizer without CPython's error codes
        done = 'E_EOF' if tok_error.msg.endswith('was never closed') else (
            'E_TABSPACE' if tok_error.msg in _SOFT_MESSAGES else 'E_ERROR')
    if done == 'E_ERROR':
        return tok_error
    if done == 'E_DECODE':
        # Met here rather than by the parser, a name that is not UTF-8 gives
        # the decoder's own exception.
        return getattr(info.tokenizer, 'decode_error', None) or tok_error
    # The codes the tokenizer only signals (E_EOF, E_LINECONT...): an
    # unclosed bracket then wins if opened before the parser's line.
    paren = _unclosed_paren(info)
    if paren is not None:
        current_line = TokenizerView(p).c_position(p.fill() - 1)[0]
        if current_line > paren[1]:
            return _unclosed_paren_error(p, paren)
    return exc


# The errors CPython's tokenizer signals without raising them.
_SOFT_MESSAGES = (
    'unindent does not match any outer indentation level',
    'too many levels of indentation',
    'inconsistent use of tabs and spaces in indentation',
    'unexpected character after line continuation character',
    'unexpected EOF while parsing',
)


def _unclosed_paren(info):
    stack = getattr(info.tokenizer, 'paren_stack', None)
    if stack:
        return stack[-1]
    return None


def _unclosed_paren_error(p, paren):
    char, lineno, col = paren
    return error_at(p, SyntaxError, f"'{char}' was never closed", lineno, col + 1,
                    lineno, 0)


def check_single_statement(parser, toks, info):
    """'single' mode takes one statement: anything but blanks and comments
    after it is an error (bad_single_statement)."""
    from ophis.parser._parser import DeepParser
    tracked = TrackingKinds(parser.kinds)
    again = DeepParser(toks, tracked, info)
    getattr(again, info.start_rule)(0)
    view = TokenizerView(again)
    rest = view.text_after(tracked.furthest)
    for line in rest.split('\n'):
        stripped = line.lstrip(' \t\f')
        if stripped and not stripped.startswith('#'):
            raise error_at_last_token(
                again, SyntaxError,
                'multiple statements found while compiling a single statement')


# -- building the exception -------------------------------------------------

def error_at(p, cls, msg, lineno, col, end_lineno, end_col):
    """_PyPegen_raise_error_known_location: col and end_col are 1-based byte
    offsets (or CURRENT_POS, or 0/-1 for none)."""
    if not p.tracking:
        # The text, and sometimes the end, depend on how far the tokenizer
        # has read: the driver parses again, counting.
        raise NeedsTracking(msg)
    info = p.source
    view = TokenizerView(p)
    if end_lineno == CURRENT_POS:
        end_lineno = view.cursor()[0]
    if end_col == CURRENT_POS:
        end_col = view.cursor()[1]
    if info.start_rule == 'fstring':
        msg = 'f-string: ' + msg
    text = None
    if info.start_rule == 'file':
        text = _program_text(info.filename, lineno, view)
    if text is None:
        text = view.error_text(lineno)
    if info.start_rule == 'fstring':
        shift = info.tokenizer.starting_col_offset
        col -= shift
        end_col -= shift
    if view.encoding_known:
        col = _byte_to_char_offset(text, col)
        if end_col > 0:
            end_col = _byte_to_char_offset(text, end_col)
    return cls(msg, (info.filename, lineno, col, text, end_lineno, end_col))


def error_at_last_token(p, cls, msg):
    """_PyPegen_raise_error: the error at the last token the parser read."""
    if not p.tracking:
        raise NeedsTracking(msg)
    view = TokenizerView(p)
    fill = p.fill()
    if fill == 0:
        return error_at(p, cls, msg, 0, 0, 0, -1)
    lineno, col, end_lineno, end_col = view.c_position(fill - 1)
    if col == -1:
        cur_line, cur_col, buf_line = view.cursor()
        col = 0 if view.cursor_at_buffer_start() else cur_col
    else:
        col += 1
    if end_col != -1:
        end_col += 1
    return error_at(p, cls, msg, lineno, col, end_lineno, end_col)


def _byte_to_char_offset(text, col):
    """_PyPegen_byte_offset_to_character_offset."""
    data = text.encode('utf-8', 'surrogatepass')
    if col > len(data) + 1:
        col = len(data) + 1
    if col < 0:
        col = 0
    # CPython decodes col bytes of a NUL-terminated buffer: one past the end
    # counts the terminator.
    extra = col - len(data) if col > len(data) else 0
    return len(data[:col].decode('utf-8', 'replace')) + extra


def _program_text(filename, lineno, view):
    """_PyErr_ProgramDecodedTextObject: the line as read from the file named
    filename, if there is one."""
    if lineno <= 0:
        return None
    try:
        f = open(filename, 'rb')
    except (OSError, ValueError, TypeError):
        return None
    with f:
        data = b''
        for i, raw in enumerate(f):
            if i + 1 == lineno:
                data = raw
                break
        else:
            return None
    # A UTF-8 BOM stays in line 1's text (CPython's err_programtext reads
    # the raw line), so the error's offset, counted in the line's bytes
    # after the BOM, comes out short by what the BOM's character takes.
    data = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    data = data[:999] if len(data) > 999 else data
    encoding = view.encoding or 'utf-8'
    try:
        return data.decode(encoding, 'replace')
    except LookupError:
        return data.decode('utf-8', 'replace')


# -- where the tokenizer stands ----------------------------------------------

# _continues' answer for a line holding a backslash and nothing before it.
_LONE = 'lone'


class TokenizerView:
    """CPython's tokenizer state after the parser fetched a given token.

    ``lines`` are the source's lines as the tokenizer reads them (decoded,
    newlines translated, a final newline added); line numbers are those of
    the tokens (for an f-string's sub-parser, its lines start at
    ``first_lineno`` and the first one is shifted right by ``first_shift``).
    """

    def __init__(self, p):
        info = p.source
        self.p = p
        self.toks = p.toks
        if info.start_rule == 'fstring':
            sub = info.tokenizer
            # As for the main source: a byte that is not UTF-8 (a lone
            # surrogate here) shows as U+FFFD, CPython's 'replace' decoding.
            self.lines = _split_lines(sub.source.encode(
                'utf-8', 'surrogateescape').decode('utf-8', 'replace'))
            self.first_lineno = sub.starting_lineno
            self.first_shift = sub.starting_col_offset
            self.encoding_known = False
            self.encoding = None
        else:
            tokenizer = info.tokenizer
            if hasattr(tokenizer, 'text') and hasattr(tokenizer, 'encoding'):
                text = tokenizer.text.replace('\r\n', '\n').replace('\r', '\n')
                # CPython decodes its UTF-8 buffer with errors='replace'
                text = text.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')
                encoding = tokenizer.encoding
                encoding_known = encoding is not None
            else:
                text, encoding_known, encoding = _source_text(info)
            self.lines = _split_lines(text)
            self.first_lineno = 1
            self.first_shift = 0
            self.encoding_known = encoding_known
            self.encoding = encoding
        self.nlines = len(self.lines)

    # line numbers: the tokens' (file) numbering; index into lines: minus base
    def line(self, lineno):
        i = lineno - self.first_lineno
        if 0 <= i < self.nlines:
            return self.lines[i]
        return ''

    def last_lineno(self):
        return self.first_lineno + self.nlines - 1

    def _unshift(self, lineno, col, end_lineno):
        if self.first_shift and end_lineno == self.first_lineno and col >= 0:
            return col - self.first_shift
        return col

    def c_position(self, index):
        """The token's (lineno, col, end_lineno, end_col) as CPython has it:
        -1 columns for INDENT, DEDENT and ENDMARKER, whose line is where
        the tokenizer stood."""
        if index < 0:
            return (0, -1, 0, -1)
        if index >= len(self.toks):
            index = len(self.toks) - 1
        tok = self.toks[index]
        kind = tok[0]
        if kind in (INDENT, DEDENT, ENDMARKER):
            lineno = self._cursor_for(index)[0]
            return (lineno, -1, lineno, -1)
        return (tok[2], tok[3], tok[4], tok[5])

    def cursor(self):
        """(lineno, byte column of the cursor, first line of the buffer)."""
        return self._cursor_for(self.p.fill() - 1)

    def cursor_at_buffer_start(self):
        lineno, col, buf_line = self.cursor()
        return col == 0 and buf_line == lineno

    def _cursor_for(self, index):
        if index < 0:
            return (self.first_lineno - 1 if self.nlines else 0, 0, self.first_lineno)
        toks = self.toks
        if index >= len(toks):
            index = len(toks) - 1
        tok = toks[index]
        kind = tok[0]
        last = self.last_lineno()
        if kind == ENDMARKER or (kind == DEDENT and self._at_end(index)):
            if self.nlines == 0:
                return (0, 0, 0)
            # the buffer CPython keeps at the end: the last line, and the
            # lines before it that a string or a backslash joined to it
            return (last, _blen(self.line(last)), self._buffer_start(last))
        if kind in (INDENT, DEDENT):
            text = self.line(tok[2])
            indent = len(text) - len(text.lstrip(' \t\f'))
            return (tok[2], _blen(text[:indent]), tok[2])
        if kind == NEWLINE:
            # past the newline character, which ends the line
            lineno = tok[2]
            return (lineno, _blen(self.line(lineno)), self._buffer_start(lineno))
        end_lineno = tok[4]
        col = self._unshift(tok[2], tok[5], end_lineno)
        return (end_lineno, col, self._buffer_start(end_lineno))

    def _at_end(self, index):
        """Whether the DEDENT at index is one of those at the end of input."""
        toks = self.toks
        for i in range(index + 1, len(toks)):
            kind = toks[i][0]
            if kind == NEWLINE and toks[i][3] == -1:
                continue  # pegen's NEWLINE at the end of 'single' input
            if kind != DEDENT:
                return kind == ENDMARKER
        return True

    def _buffer_start(self, lineno):
        """The first line of the tokenizer's buffer when it is on lineno: lines
        joined by a backslash or by a string token are read into one."""
        start = lineno
        while start > self.first_lineno and self._continues(start - 1):
            start -= 1
        # A backslash alone on a line the tokenizer begins afresh (nothing
        # before it but indentation) is read with the indentation, between
        # tokens: the buffer starts again at the next line (CPython shows
        # '->' alone for '\\\n->').  Once a line joins, those after it are
        # continuations, not fresh lines.
        while start < lineno and self._continues(start) is _LONE:
            start += 1
        return start

    def _continues(self, lineno):
        """Whether the tokenizer reads line lineno + 1 in the middle of a token
        or of a backslash continuation: False, True, or _LONE for a backslash
        with no token before it on its line."""
        last_end = None
        for tok in self.toks:
            if tok[2] <= lineno < tok[4] and tok[0] == STRING:
                return True
            if tok[4] == lineno and tok[0] != NEWLINE:
                last_end = tok[5]
        text = self.line(lineno).rstrip('\n')
        if not text.endswith('\\'):
            return False
        start = 0
        if last_end is not None:
            start = len(text.encode('utf-8')[:self._unshift(lineno, last_end, lineno)]
                        .decode('utf-8', 'replace'))
        tail = text[start:]
        if '#' in tail or tail.strip(' \t\f') != '\\':
            return False
        return _LONE if last_end is None else True

    def error_text(self, lineno):
        """The error's text: the tokenizer's buffer if the error is on its line
        (or past it), else that line of the source without its newline."""
        cur_line, cur_col, buf_line = self.cursor()
        if cur_line <= lineno and self.nlines:
            first = max(buf_line, self.first_lineno)
            if first <= cur_line:
                return ''.join(self.line(n) for n in range(first, cur_line + 1))
        raw = getattr(self.p.source.tokenizer, '_raw', None)
        if raw is not None and self.first_shift == 0:
            # For a source decoded from a coding cookie's encoding, CPython
            # reads an earlier line from the undecoded bytes.
            raw_lines = raw.split(b'\n')
            index = min(max(lineno - self.first_lineno, 0), len(raw_lines) - 1)
            return raw_lines[index].decode('utf-8', 'replace')
        return self.line(lineno).rstrip('\n') if self.line(lineno) else \
            self._last_line_text(lineno)

    def _last_line_text(self, lineno):
        if lineno - self.first_lineno >= self.nlines and self.nlines:
            return self.lines[-1].rstrip('\n')
        return ''

    def text_after(self, index):
        """The source after the tokenizer's cursor once token index is read."""
        lineno, col, buf_line = self._cursor_for(index)
        if self.nlines == 0:
            return ''
        line = self.line(lineno).encode('utf-8')
        rest = line[col:].decode('utf-8', 'replace')
        following = self.lines[lineno - self.first_lineno + 1:]
        return rest + ''.join(following)


def _blen(text):
    return len(text.encode('utf-8', 'surrogatepass'))


def _split_lines(text):
    """The lines of text, each with its newline (the last one may lack it:
    only 'exec' input gets a final newline)."""
    return _LINE.findall(text)


_LINE = re.compile(r'[^\n]*\n|[^\n]+\Z')


def _source_text(info):
    """The decoded, newline-translated source; whether the tokenizer knew
    its encoding (str input, a BOM or a coding cookie); the encoding."""
    source = info.text
    if isinstance(source, str):
        text, known, encoding = source, True, 'utf-8'
    else:
        encoding = None
        data = source
        if data.startswith(b'\xef\xbb\xbf'):
            data = data[3:]
            encoding = 'utf-8'
        lines = data.split(b'\n', 2)
        for line in lines[:2]:
            m = _COOKIE.match(line.decode('latin-1'))
            if m:
                encoding = m.group(1)
                break
            if line.strip(b' \t\f\r') and not line.lstrip(b' \t\f').startswith(b'#'):
                break
        try:
            text = data.decode(encoding or 'utf-8')
        except (LookupError, UnicodeDecodeError):
            text = data.decode('utf-8', 'replace')
        known = encoding is not None
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    if text and not text.endswith('\n'):
        text += '\n'
    return text, known, encoding


# -- helpers of the invalid_* rules ------------------------------------------

def _location(x):
    if isinstance(x, tuple):
        return token_location(x)
    return x.lineno, x.col_offset, x.end_lineno, x.end_col_offset


def token_location(tok):
    """A token's position as CPython's parser has it: INDENT, DEDENT and
    ENDMARKER have no columns (the tokenizer gives NEWLINE CPython's
    position: zero width at the newline, or the comment before it)."""
    kind = tok[0]
    if kind in (INDENT, DEDENT, ENDMARKER):
        return tok[2], -1, tok[2], -1
    return tok[2], tok[3], tok[4], tok[5]


def raise_known(p, a, msg):
    """RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg)."""
    lineno, col, end_lineno, end_col = _location(a)
    raise error_at(p, SyntaxError, msg, lineno, col + 1, end_lineno, end_col + 1)


def raise_range(p, a, b, msg):
    """RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)."""
    lineno, col, _, _ = _location(a)
    _, _, end_lineno, end_col = _location(b)
    raise error_at(p, SyntaxError, msg, lineno, col + 1, end_lineno, end_col + 1)


def raise_starting_from(p, a, msg):
    """RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): to where the tokenizer is."""
    if not p.tracking:
        raise NeedsTracking(msg)
    lineno, col, _, _ = _location(a)
    raise error_at(p, SyntaxError, msg, lineno, col + 1, CURRENT_POS, CURRENT_POS)


_EXPR_NAMES = {
    _ast.Attribute: 'attribute', _ast.Subscript: 'subscript', _ast.Starred: 'starred',
    _ast.Name: 'name', _ast.List: 'list', _ast.Tuple: 'tuple', _ast.Lambda: 'lambda',
    _ast.Call: 'function call', _ast.BoolOp: 'expression', _ast.BinOp: 'expression',
    _ast.UnaryOp: 'expression', _ast.GeneratorExp: 'generator expression',
    _ast.Yield: 'yield expression', _ast.YieldFrom: 'yield expression',
    _ast.Await: 'await expression', _ast.ListComp: 'list comprehension',
    _ast.SetComp: 'set comprehension', _ast.DictComp: 'dict comprehension',
    _ast.Dict: 'dict literal', _ast.Set: 'set display',
    _ast.JoinedStr: 'f-string expression', _ast.FormattedValue: 'f-string expression',
    _ast.Compare: 'comparison', _ast.IfExp: 'conditional expression',
    _ast.NamedExpr: 'named expression',
}


def expr_name(e):
    """_PyPegen_get_expr_name."""
    kind = type(e)
    if kind is _ast.Constant:
        value = e.value
        if value is None:
            return 'None'
        if value is False:
            return 'False'
        if value is True:
            return 'True'
        if value is Ellipsis:
            return 'ellipsis'
        return 'literal'
    return _EXPR_NAMES.get(kind, 'expression')


def invalid_target(e, targets):
    """_PyPegen_get_invalid_target: the part of e that cannot be assigned
    to (or deleted), or None."""
    if e is None:
        return None
    kind = type(e)
    if kind is _ast.List or kind is _ast.Tuple:
        for elt in e.elts:
            child = invalid_target(elt, targets)
            if child is not None:
                return child
        return None
    if kind is _ast.Starred:
        if targets == DEL_TARGETS:
            return e
        return invalid_target(e.value, targets)
    if kind is _ast.Compare:
        # for a in b: 'a in b' parses as a comparison
        if targets == FOR_TARGETS:
            if type(e.ops[0]) is _ast.In:
                return invalid_target(e.left, targets)
            return None
        return e
    if kind in (_ast.Name, _ast.Subscript, _ast.Attribute):
        return None
    return e


def raise_invalid_target(p, targets, e):
    """RAISE_SYNTAX_ERROR_INVALID_TARGET; nothing (the rule fails) when every
    part of e is a valid target."""
    bad = invalid_target(e, targets)
    if bad is None:
        return None
    if targets == DEL_TARGETS:
        raise_known(p, bad, f'cannot delete {expr_name(bad)}')
    raise_known(p, bad, f'cannot assign to {expr_name(bad)}')


def last_comprehension_item(comprehension):
    """_PyPegen_get_last_comprehension_item."""
    if comprehension.ifs:
        return comprehension.ifs[-1]
    return comprehension.iter


def nonparen_genexp_in_call(p, args, comprehensions):
    """_PyPegen_nonparen_genexp_in_call: f(a, x for x in y)."""
    if len(args.args) <= 1:
        return None
    raise_range(p, args.args[-1], last_comprehension_item(comprehensions[-1]),
                'Generator expression must be parenthesized')


def arguments_parsing_error(p, call):
    """_PyPegen_arguments_parsing_error: a positional argument after keywords."""
    if any(k.arg is None for k in call.keywords):
        msg = 'positional argument follows keyword argument unpacking'
    else:
        msg = 'positional argument follows keyword argument'
    p.raise_at_last_token(msg)


def is_legacy_name(tok):
    return tok[1] in ('print', 'exec')


def is_legacy_expr(e):
    """_PyPegen_check_legacy_stmt."""
    return type(e) is _ast.Name and e.id in ('print', 'exec')
