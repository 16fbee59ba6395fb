"""The stdlib ``tokenize`` module's interface, with its results.

``tokenize(readline)`` reads bytes lines (and yields an ENCODING token
first), ``generate_tokens(readline)`` reads str lines; both yield TokenInfo
tuples equal to those of Python 3.11's ``tokenize`` module, which is a
regular-expression tokenizer of its own and differs from the C tokenizer
(ophis.tokenizer.scanner) in many places:

* it yields COMMENT and NL tokens, and OP as the type of every operator
  (``exact_type`` tells them apart);
* a character it cannot place becomes an ERRORTOKEN, as does an
  unterminated single-quoted string, and scanning goes on; whitespace
  before such a character is an ERRORTOKEN of its own;
* names are ``\\w+`` (so 'x' followed by U+E0100 is a name and an
  ERRORTOKEN), numbers are matched by its own expressions (``0777`` is the
  numbers '0' and '777');
* DEDENT tokens at the end of input, and ENDMARKER, sit at column 0 of the
  line after the last one; a source not ending in a newline gets a NEWLINE
  token with an empty string;
* its errors are TokenError("EOF in multi-line string" / "EOF in multi-line
  statement") and an IndentationError for a dedent to no known level.

The rules here are written from that module's behaviour, line by line as it
reads, since readline may be a stream.
"""

import re
from _operator import itemgetter
from itertools import chain, repeat

from ophis.tokenizer import tokens as _t
from ophis.tokenizer.source import detect_encoding

ENCODING, COMMENT, NL, NEWLINE = _t.ENCODING, _t.COMMENT, _t.NL, _t.NEWLINE
INDENT, DEDENT, ENDMARKER, ERRORTOKEN = _t.INDENT, _t.DEDENT, _t.ENDMARKER, _t.ERRORTOKEN
NAME, NUMBER, STRING, OP = _t.NAME, _t.NUMBER, _t.STRING, _t.OP

TABSIZE = 8
_new = tuple.__new__     # a TokenInfo without a call to its __new__


class TokenError(Exception):
    """A multi-line string or statement that the input ends inside."""


class TokenInfo(tuple):
    """A token: (type, string, start, end, line), start and end (row, col)."""

    __slots__ = ()
    _fields = ('type', 'string', 'start', 'end', 'line')

    def __new__(cls, type, string, start, end, line):
        return tuple.__new__(cls, (type, string, start, end, line))

    type = property(itemgetter(0), doc='The token type')
    string = property(itemgetter(1), doc='The token text')
    start = property(itemgetter(2), doc='(row, column) where the token starts')
    end = property(itemgetter(3), doc='(row, column) where the token ends')
    line = property(itemgetter(4), doc='The physical line(s) of the token')

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def _replace(self, **changes):
        values = dict(zip(self._fields, self))
        values.update(changes)
        return type(self)(**values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        kind = f'{self[0]} ({_t.tok_name[self[0]]})'
        return (f'TokenInfo(type={kind}, string={self[1]!r}, start={self[2]!r}, '
                f'end={self[3]!r}, line={self[4]!r})')

    @property
    def exact_type(self):
        if self[0] == OP and self[1] in _t.EXACT_TOKEN_TYPES:
            return _t.EXACT_TOKEN_TYPES[self[1]]
        return self[0]


# -- tokenize's token expressions -------------------------------------------

def _string_prefixes():
    """'', and b, r, u, f, br, fr in every order and letter case."""
    result = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'rb', 'fr', 'rf'):
        spellings = ['']
        for letter in base:
            spellings = [s + c for s in spellings for c in (letter, letter.upper())]
        result.update(spellings)
    return result


_PREFIXES = _string_prefixes()
# Longest first: in an alternation the first branch that matches wins.
_PREFIX = '(?:' + '|'.join(sorted(_PREFIXES, key=lambda p: (-len(p), p))) + ')'

_DIGITS = r'[0-9](?:_?[0-9])*'
_EXPONENT = r'[eE][-+]?' + _DIGITS
_POINT_FLOAT = rf'(?:{_DIGITS}\.(?:{_DIGITS})?|\.{_DIGITS})(?:{_EXPONENT})?'
_FLOAT = rf'(?:{_POINT_FLOAT}|{_DIGITS}{_EXPONENT})'
_INTEGER = (r'(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+'
            r'|0(?:_?0)*|[1-9](?:_?[0-9])*)')
_NUMBER = rf'(?:{_DIGITS}[jJ]|{_FLOAT}[jJ]|{_FLOAT}|{_INTEGER})'

_OPERATORS = '|'.join(re.escape(op) for op in
                      sorted(_t.EXACT_TOKEN_TYPES, key=lambda op: (-len(op), op)))
# A single-quoted string that ends on its line, or goes on with a backslash.
_FIRST_LINE = (rf"{_PREFIX}'[^\n'\\]*(?:\\.[^\n'\\]*)*(?:'|\\\r?\n)"
               rf'|{_PREFIX}"[^\n"\\]*(?:\\.[^\n"\\]*)*(?:"|\\\r?\n)')
_TRIPLE_START = rf"{_PREFIX}'''|{_PREFIX}\"\"\""

# One token after optional blanks; the token is group 1.  The order of the
# alternatives is tokenize's: backslash-newline, end of line, comment and
# triple-quote start first, then numbers, newline and operators, single-quoted
# strings, and names.
_PSEUDO_TOKEN = re.compile(
    r'[ \f\t]*(' + '|'.join([
        r'\\\r?\n|\Z', r'#[^\r\n]*', _TRIPLE_START,
        _NUMBER, r'\r?\n', _OPERATORS, _FIRST_LINE, r'\w+']) + ')')

# The rest of a string after its opening quote(s).
_TAILS = {
    "'": re.compile(r"[^'\\]*(?:\\.[^'\\]*)*'"),
    '"': re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"'),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'),
}
_TRIPLE_OPENERS = frozenset(p + q for p in _PREFIXES for q in ("'''", '"""'))
_SINGLE_OPENERS = frozenset(p + q for p in _PREFIXES for q in ("'", '"'))


def _tail_for(opening):
    """The tail expression for a string whose token starts with ``opening``."""
    for c in opening:
        if c in '\'"':
            return _TAILS[c]
    raise AssertionError(opening)


# -- the tokenizer ------------------------------------------------------------

def tokenize(readline):
    """Tokenize a bytes stream: ``readline`` returns lines of bytes.

    The first token is ENCODING, naming the encoding found by
    detect_encoding ('utf-8' for 'utf-8-sig', whose BOM is dropped).
    """
    encoding, consumed = detect_encoding(readline)
    lines = chain(consumed, iter(readline, b''), repeat(b''))
    return _tokens(lines.__next__, encoding)


def generate_tokens(readline):
    """Tokenize a str stream: ``readline`` returns lines of text."""
    return _tokens(readline, None)


def _tokens(readline, encoding):
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield _new(TokenInfo, (ENCODING, encoding, (0, 0), (0, 0), ''))
    pseudo_match = _PSEUDO_TOKEN.match
    lnum = 0
    depth = 0               # brackets open (less than 0 after a stray closer)
    continued = False       # the last line ended in a backslash
    indents = [0]
    pending = ''            # a string begun on an earlier line ...
    pending_lines = ''      # ... the lines it has covered ...
    pending_start = None    # ... where it starts
    pending_tail = None     # ... the expression for its end
    needs_backslash = False  # single-quoted: each line must end with '\'
    previous = ''
    line = ''
    while True:
        previous = line
        try:
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, end = 0, len(line)

        if pending:
            if not line:
                raise TokenError('EOF in multi-line string', pending_start)
            match = pending_tail.match(line)
            if match:
                pos = match.end()
                yield _new(TokenInfo, (STRING, pending + line[:pos], pending_start,
                                       (lnum, pos), pending_lines + line))
                pending = ''
                pending_lines = ''
                needs_backslash = False
            elif needs_backslash and not line.endswith(('\\\n', '\\\r\n')):
                yield TokenInfo(ERRORTOKEN, pending + line, pending_start,
                                (lnum, len(line)), pending_lines)
                pending = ''
                pending_lines = ''
                continue
            else:
                pending += line
                pending_lines += line
                continue

        elif depth == 0 and not continued:
            # The start of a statement: indentation, blank and comment lines.
            if not line:
                break
            column = 0
            while pos < end:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // TABSIZE + 1) * TABSIZE
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                break
            c = line[pos]
            if c in '#\r\n':
                if c == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos),
                                    (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield _new(TokenInfo, (INDENT, line[:pos], (lnum, 0), (lnum, pos), line))
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        'unindent does not match any outer indentation level',
                        ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield _new(TokenInfo, (DEDENT, '', (lnum, pos), (lnum, pos), line))

        else:
            # The statement goes on from the line before.
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < end:
            match = pseudo_match(line, pos)
            if match is None:
                yield _new(TokenInfo, (ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line))
                pos += 1
                continue
            start, pos = match.span(1)
            if start == pos:
                continue
            token = line[start:pos]
            first = line[start]
            spos, epos = (lnum, start), (lnum, pos)
            if first in '0123456789' or (first == '.' and token != '.' and token != '...'):
                yield _new(TokenInfo, (NUMBER, token, spos, epos, line))
            elif first in '\r\n':
                yield _new(TokenInfo, (NL if depth > 0 else NEWLINE, token, spos, epos, line))
            elif first == '#':
                yield _new(TokenInfo, (COMMENT, token, spos, epos, line))
            elif token in _TRIPLE_OPENERS:
                tail = _TAILS[token[-3:]]
                match = tail.match(line, pos)
                if match:
                    pos = match.end()
                    yield _new(TokenInfo, (STRING, line[start:pos], spos, (lnum, pos), line))
                else:
                    pending_start = spos
                    pending = line[start:]
                    pending_lines = line
                    pending_tail = tail
                    break
            elif (first in _SINGLE_OPENERS or token[:2] in _SINGLE_OPENERS
                  or token[:3] in _SINGLE_OPENERS):
                if token[-1] == '\n':
                    pending_start = spos
                    pending_tail = _tail_for(token[:3])
                    pending = line[start:]
                    pending_lines = line
                    needs_backslash = True
                    break
                yield _new(TokenInfo, (STRING, token, spos, epos, line))
            elif first.isidentifier():
                yield _new(TokenInfo, (NAME, token, spos, epos, line))
            elif first == '\\':
                continued = True
            else:
                if first in '([{':
                    depth += 1
                elif first in ')]}':
                    depth -= 1
                yield _new(TokenInfo, (OP, token, spos, epos, line))

    if previous and previous[-1] not in '\r\n' and not previous.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(previous)), (lnum - 1, len(previous) + 1), '')
    for _ in indents[1:]:
        yield _new(TokenInfo, (DEDENT, '', (lnum, 0), (lnum, 0), ''))
    yield _new(TokenInfo, (ENDMARKER, '', (lnum, 0), (lnum, 0), ''))
