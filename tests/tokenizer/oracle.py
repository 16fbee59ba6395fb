"""What the host says Ophis's tokenizer should produce.

The host CPython 3.11 exposes its C tokenizer only through the parser, so the
parser-mode oracle is built from two host sources:

* the stdlib ``tokenize`` module, whose tokens agree with the C tokenizer's
  on valid code once its extras are removed (COMMENT, NL, ENCODING), OP is
  made exact, character columns become UTF-8 byte columns, and the C
  tokenizer's conventions for NEWLINE, INDENT, DEDENT and ENDMARKER are
  applied (see ``parser_tokens_from_tokenize``);
* ``ast.parse`` for errors: a program whose first error is a tokenizer error
  fails in ``ast.parse`` exactly as iterating our Tokenizer must.
"""
import ast
import io
import re
import token
import tokenize
import warnings


def error_fields(exc):
    """The comparable parts of a SyntaxError (or other exception)."""
    if isinstance(exc, SyntaxError):
        return (type(exc).__name__, exc.msg, exc.filename, exc.lineno, exc.offset,
                exc.end_lineno, exc.end_offset, exc.text)
    return (type(exc).__name__, str(exc))


def host_error(source, mode='exec', filename='<unknown>', **kwargs):
    """The error ast.parse raises for ``source`` (None if it parses)."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            ast.parse(source, filename, mode, **kwargs)
        except (SyntaxError, ValueError) as exc:
            return error_fields(exc)
    return None


def ophis_error(source, mode='exec', filename='<unknown>', **kwargs):
    """The error iterating Ophis's Tokenizer over ``source`` raises (or None)."""
    from ophis.tokenizer import Tokenizer
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            for _ in Tokenizer(source, filename, mode=mode, **kwargs):
                pass
        except (SyntaxError, ValueError) as exc:
            return error_fields(exc)
    return None


def _byte_col(line, col):
    return len(line[:col].encode('utf-8'))


def host_tokens(source):
    """The host tokenize module's tokens for ``source`` (bytes)."""
    return list(tokenize.tokenize(io.BytesIO(source).readline))


# Where tokenize and the C tokenizer part ways on valid code: tokenize reads
# lines at '\n' only (a lone '\r' numbers lines differently), and a line
# that starts with a backslash continuation is a continued statement for it
# (a blank or comment line after it gives a NEWLINE) but the start of a line
# for the C tokenizer.
_ORACLE_BREAKERS = re.compile(rb'\r(?!\n)|(?:^(?:\xef\xbb\xbf)?|\n)[ \t\f]*\\\r?\n')


def tokenize_is_an_oracle(source, tokens):
    """Whether parser_tokens_from_tokenize is right for ``source`` (bytes)."""
    last_line = source.rsplit(b'\n', 1)[-1]
    if last_line and not last_line.endswith(b'\r') and last_line.lstrip().startswith(b'#'):
        # tokenize gives no NEWLINE before a last line that is a comment
        # without a newline, even when the line continues a statement.
        return False
    return (not _ORACLE_BREAKERS.search(source)
            and not any(tok.type == tokenize.ERRORTOKEN for tok in tokens))


def parser_tokens_from_tokenize(source, tokens=None):
    """The parser-mode tokens for valid ``source`` (bytes), built from tokenize.

    ``tokens`` are the host's tokens for it, if already at hand.  Returns
    tuples (type, string, lineno, col, end_lineno, end_col, line).
    """
    if tokens is None:
        tokens = host_tokens(source)
    encoding = tokens[0].string
    text = source.decode(encoding)
    if text.startswith('\ufeff'):
        text = text[1:]
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    if not text.endswith('\n') or source.endswith(b'\r\n'):
        # (CPython gives a source ending in CRLF an extra, empty, line.)
        text += '\n'
    lines = text.split('\n')[:-1]
    last = len(lines)
    result = []
    comment = None
    for tok in tokens:
        kind = tok.exact_type
        (row, col), (end_row, end_col) = tok.start, tok.end
        if kind in (token.ENCODING, token.NL):
            comment = None
            continue
        if kind == token.COMMENT:
            comment = (row, col, tok.string)
            continue
        if kind in (token.INDENT, token.DEDENT, token.ENDMARKER):
            row = min(row, last)
            result.append((kind, '', row, -1, row, -1, lines[row - 1] + '\n'))
            continue
        line = lines[row - 1]
        if kind == token.NEWLINE:
            at = _byte_col(line, col)
            if comment is not None and comment[0] == row:
                start = _byte_col(line, comment[1])
                result.append((kind, comment[2], row, start, row, at, line + '\n'))
            else:
                result.append((kind, '', row, at, row, at, line + '\n'))
            comment = None
            continue
        comment = None
        result.append((kind, tok.string.replace('\r\n', '\n').replace('\r', '\n'),
                       row, _byte_col(line, col), end_row,
                       _byte_col(lines[end_row - 1], end_col), line + '\n'))
    return result
