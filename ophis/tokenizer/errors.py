"""Building SyntaxErrors with the fields CPython gives them.

CPython makes a tokenizer error in one of two places, with different
arithmetic, and both are needed to match it exactly:

* the tokenizer itself (``syntaxerror`` in Parser/tokenizer.c): the offset
  counts the characters of the current line up to the tokenizer's cursor, the
  text is the line without its newline, the end offset equals the offset;
* the parser, for the error codes the tokenizer only records (E_EOF,
  E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT, E_DECODE), and for all parser
  errors (``_PyPegen_raise_error_known_location`` in Parser/pegen_errors.c):
  offsets are UTF-8 byte offsets, turned into character offsets only when the
  tokenizer knows the source encoding (always for str input, for bytes input
  only with a BOM or a cookie), and the text is a whole line from the
  tokenizer's buffers.

Lines here are ``str``; a lone surrogate U+DC80..U+DCFF stands for a byte that
is not UTF-8 (see ophis.tokenizer.source).  CPython decodes such lines with
the 'replace' handler before showing them; so do we.
"""

# Warnings issued while compiling (the tokenizer's, the parser's and the
# compiler's), counted as each is issued: ophis.runtime.compilecache keeps
# only code whose compilation issued none (a cached compile issues none).
WARNINGS_ISSUED = [0]


def line_bytes(line):
    """The bytes CPython holds for ``line``."""
    return line.encode('utf-8', 'surrogateescape')


def shown_text(line):
    """``line`` as CPython decodes it for an error message."""
    if line.isascii():
        return line
    return line.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')


def chars_before(line, byte_offset):
    """How many characters the first ``byte_offset`` bytes of ``line`` decode to.

    CPython decodes the prefix with 'replace', so a prefix that ends inside a
    character counts that partial character as one.
    """
    if line.isascii():
        return min(byte_offset, len(line))
    return len(line_bytes(line)[:byte_offset].decode('utf-8', 'replace'))


def byte_to_char_offset(text, offset):
    """_PyPegen_byte_offset_to_character_offset: ``text`` is the shown line."""
    data = text.encode('utf-8', 'surrogatepass')
    if offset > len(data) + 1:
        offset = len(data) + 1
    extra = 0
    if offset == len(data) + 1:
        # CPython reads the string's terminating NUL as one more character.
        offset -= 1
        extra = 1
    return len(data[:offset].decode('utf-8', 'replace')) + extra


def known_location_error(cls, msg, filename, encoding, lineno, col_offset,
                         end_lineno, end_col_offset, text):
    """An error as _PyPegen_raise_error_known_location makes it.

    ``col_offset`` and ``end_col_offset`` are CPython's 1-based byte offsets
    (or 0 and -1 where CPython passes them so); ``text`` is the shown line.
    """
    if encoding is not None:
        col_offset = byte_to_char_offset(text, col_offset)
        if end_col_offset > 0:
            end_col_offset = byte_to_char_offset(text, end_col_offset)
    return cls(msg, (filename, lineno, col_offset, text, end_lineno, end_col_offset))


def tokenizer_error(msg, filename, lineno, line, cursor, end_cursor=None):
    """An error as the C tokenizer's ``syntaxerror`` makes it.

    ``line`` is the physical line (with its newline, if any) and ``cursor``
    the byte offset of the tokenizer's cursor in it.  The offset is the
    number of characters before the cursor.
    """
    offset = chars_before(line, cursor)
    end_offset = offset if end_cursor is None else chars_before(line, end_cursor)
    text = shown_text(line.split('\n', 1)[0])
    return SyntaxError(msg, (filename, lineno, offset, text, lineno, end_offset))


def tokenizer_error_range(msg, filename, lineno, line, col_offset, end_col_offset):
    """``syntaxerror_known_range``: the offsets are used as given (bytes)."""
    text = shown_text(line.split('\n', 1)[0])
    return SyntaxError(msg, (filename, lineno, col_offset, text, lineno, end_col_offset))
