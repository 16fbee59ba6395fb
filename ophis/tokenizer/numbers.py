"""The C tokenizer's number scanner, character by character.

The fast path (ophis.tokenizer.scanner) recognises well-formed numbers with
one regular expression.  Everything else that starts like a number comes
here: a malformed literal, a literal glued to a name, or one glued to a
keyword (``1if x else y``), which 3.11 still accepts with a SyntaxWarning.
Walking the characters as Parser/tokenizer.c does is the simplest way to get
the same verdict, the same message and the same cursor position.

``scan_number`` works on one physical line (ending in '\\n', or '\\0' at the
end of input) and returns character indices; the caller turns them into
byte offsets.
"""


class NumberError(Exception):
    """A malformed number: ``msg``, and where CPython's cursor stands.

    ``cursor`` is the character index of the tokenizer's cursor.  When
    ``span`` is set, CPython reports an explicit range instead: the pair of
    character indices (start, end) whose byte offsets it uses as offsets.
    """

    def __init__(self, msg, cursor, span=None):
        super().__init__(msg)
        self.msg = msg
        self.cursor = cursor
        self.span = span


_DECIMAL = frozenset('0123456789')
_HEX = frozenset('0123456789abcdefABCDEF')
_OCTAL = frozenset('01234567')
_BINARY = frozenset('01')

# The keywords that may follow a number in valid code; a number glued to one
# of them gets a warning instead of an error (verify_end_of_number).
_KEYWORD_TAILS = {'a': 'nd', 'e': 'lse', 'f': 'or', 'o': 'r', 'n': 'ot'}


def _is_identifier_char(c):
    # is_potential_identifier_char: ASCII letters, digits, '_', any non-ASCII.
    return c >= '\x80' or c == '_' or (c.isalnum() and c.isascii())


class _Cursor:
    """A cursor over one line with tok_nextc/tok_backup semantics."""

    def __init__(self, line, index):
        self.line = line
        self.cur = index
        self.warning = None

    def next(self):
        line = self.line
        if self.cur < len(line):
            c = line[self.cur]
            self.cur += 1
            return c
        return ''

    def back(self, c):
        if c:
            self.cur -= 1

    def decimal_tail(self):
        """Digits with single underscores; returns the first other char."""
        while True:
            c = self.next()
            while c in _DECIMAL and c:
                c = self.next()
            if c != '_':
                return c
            c = self.next()
            if not (c in _DECIMAL and c):
                self.back(c)
                raise NumberError('invalid decimal literal', self.cur)

    def looking_at(self, rest):
        """True if ``rest`` follows and no identifier character after it."""
        line, cur = self.line, self.cur
        if not line.startswith(rest, cur):
            return False
        after = line[cur + len(rest):cur + len(rest) + 1]
        return not (after and _is_identifier_char(after))

    def verify_end(self, c, kind):
        """What follows a number: nothing name-like, or a keyword (warning)."""
        if c == 'i':
            glued = self.line[self.cur:self.cur + 1] in ('f', 'n', 's')
        else:
            tail = _KEYWORD_TAILS.get(c)
            glued = tail is not None and self.looking_at(tail)
        if glued:
            self.warning = (f'invalid {kind} literal', self.cur - 1)
        elif c and c < '\x80' and _is_identifier_char(c):
            # Only an ASCII character makes the error: 1é is a number and a name.
            self.back(c)
            raise NumberError(f'invalid {kind} literal', self.cur)

    def radix_digits(self, digits, kind):
        """The digits after 0x, 0o or 0b; returns the char after them."""
        c = self.next()
        while True:
            if c == '_':
                c = self.next()
            if not (c in digits and c):
                if kind != 'hexadecimal' and c and c in _DECIMAL:
                    raise NumberError(f"invalid digit '{c}' in {kind} literal", self.cur)
                self.back(c)
                raise NumberError(f'invalid {kind} literal', self.cur)
            while c in digits and c:
                c = self.next()
            if c != '_':
                break
        if kind != 'hexadecimal' and c and c in _DECIMAL:
            raise NumberError(f"invalid digit '{c}' in {kind} literal", self.cur)
        return c


def scan_number(line, start):
    """Scan the number at ``line[start]``.

    Returns ``(end, warning)``: the index just past the number, and None or
    ``(message, cursor)`` for the SyntaxWarning CPython issues.  Raises
    NumberError for a malformed number.
    """
    cursor = _Cursor(line, start)
    c = cursor.next()
    if c == '.':
        c = cursor.next()
        return _after_fraction(cursor, c, start)
    if c == '0':
        c = cursor.next()
        if c in ('x', 'X', 'o', 'O', 'b', 'B'):
            kind, digits = {
                'x': ('hexadecimal', _HEX), 'o': ('octal', _OCTAL),
                'b': ('binary', _BINARY)}[c.lower()]
            c = cursor.radix_digits(digits, kind)
            cursor.verify_end(c, kind)
            return _finish(cursor, c)
        nonzero = False
        while True:
            if c == '_':
                c = cursor.next()
                if not (c in _DECIMAL and c):
                    cursor.back(c)
                    raise NumberError('invalid decimal literal', cursor.cur)
            if c != '0':
                break
            c = cursor.next()
        zeros_end = cursor.cur
        if c and c in _DECIMAL:
            nonzero = True
            c = cursor.decimal_tail()
        if c == '.':
            c = cursor.next()
            return _after_fraction(cursor, c, start)
        if c in ('e', 'E'):
            return _exponent(cursor, c)
        if c in ('j', 'J'):
            return _imaginary(cursor)
        if nonzero:
            cursor.back(c)
            raise NumberError(
                'leading zeros in decimal integer literals are not permitted; '
                'use an 0o prefix for octal integers', cursor.cur,
                span=(start, zeros_end))
        cursor.verify_end(c, 'decimal')
        return _finish(cursor, c)
    c = cursor.decimal_tail()
    if c == '.':
        c = cursor.next()
        return _after_fraction(cursor, c, start)
    return _after_fraction(cursor, c, start, fraction_done=True)


def _after_fraction(cursor, c, start, fraction_done=False):
    # Reached after the integer part and, unless fraction_done, a '.'.
    if not fraction_done and c and c in _DECIMAL:
        c = cursor.decimal_tail()
    if c in ('e', 'E'):
        return _exponent(cursor, c)
    if c in ('j', 'J'):
        return _imaginary(cursor)
    cursor.verify_end(c, 'decimal')
    return _finish(cursor, c)


def _exponent(cursor, e):
    c = cursor.next()
    if c in ('+', '-'):
        c = cursor.next()
        if not (c and c in _DECIMAL):
            cursor.back(c)
            raise NumberError('invalid decimal literal', cursor.cur)
    elif not (c and c in _DECIMAL):
        # "1e" is the number 1 followed by a name starting with 'e' (or the
        # keyword 'else'): give the 'e' back.
        cursor.back(c)
        cursor.verify_end(e, 'decimal')
        cursor.back(e)
        return cursor.cur, cursor.warning
    c = cursor.decimal_tail()
    if c in ('j', 'J'):
        return _imaginary(cursor)
    cursor.verify_end(c, 'decimal')
    return _finish(cursor, c)


def _imaginary(cursor):
    c = cursor.next()
    cursor.verify_end(c, 'imaginary')
    return _finish(cursor, c)


def _finish(cursor, c):
    cursor.back(c)
    return cursor.cur, cursor.warning
