"""Source decoding: the bytes or text of a program -> the text the tokenizer reads.

Two sets of rules live here, because CPython has two:

* ``decode_source`` follows the C tokenizer (Parser/tokenizer.c, used by
  ``compile`` and ``ast.parse``): newlines are translated on the raw bytes,
  then a UTF-8 BOM is skipped, then a PEP 263 cookie is looked for on line 1,
  and on line 2 when line 1 holds nothing but blanks or a comment.  A cookie
  naming an encoding other than UTF-8 decodes the whole source at once, so its
  errors come before any token.  Plain UTF-8 is *not* validated up front:
  CPython only notices a bad byte when it lands in an identifier or a string
  literal (a bad byte in a comment is accepted).  We decode such sources with
  ``surrogateescape``; a byte that is not UTF-8 becomes a lone surrogate
  U+DC80..U+DCFF, and the tokenizer and the string decoder report it where
  CPython does.

* ``detect_encoding`` follows the stdlib ``tokenize`` module, whose rules and
  messages differ (a regular expression for the cookie, 'utf-8-sig' for a BOM).
"""

import re
from _codecs import lookup as _lookup_codec

BOM_UTF8 = b'\xef\xbb\xbf'

NULL_BYTES_MESSAGE = 'source code string cannot contain null bytes'


def normal_encoding_name(name):
    """The name CPython's tokenizer keeps for an encoding cookie.

    Only the spellings of UTF-8 and Latin-1 are folded; anything else is kept
    as written (so 'UTF8' stays 'UTF8', and is looked up as a codec).
    """
    folded = name[:12].lower().replace('_', '-')
    if folded == 'utf-8' or folded.startswith('utf-8-'):
        return 'utf-8'
    if folded in ('latin-1', 'iso-8859-1', 'iso-latin-1') or folded.startswith(
            ('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


_SPEC_CHARS = frozenset(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                        b'0123456789-_.')


def _coding_spec(line, size):
    """The cookie in ``line`` (bytes), as the C tokenizer's get_coding_spec finds it.

    ``size`` is the length CPython passes: without the newline for line 1,
    with it for line 2.  The cookie must be in a comment that starts the line;
    the first 'coding' followed by ':' or '=' and a name wins.
    """
    i = 0
    limit = size - 6
    while i < limit:
        c = line[i]
        if c == 0x23:                       # '#'
            break
        if c not in (0x20, 0x09, 0x0c):
            return None
        i += 1
    end = len(line)
    while i < limit:
        if line.startswith(b'coding', i) and line[i + 6] in (0x3a, 0x3d):
            t = i + 7
            while t < end and line[t] in (0x20, 0x09):
                t += 1
            begin = t
            while t < end and line[t] in _SPEC_CHARS:
                t += 1
            if begin < t:
                return normal_encoding_name(line[begin:t].decode('ascii'))
        i += 1
    return None


def _only_comment_or_blank(line):
    """True if nothing but blanks precede a comment or the end of ``line``."""
    for c in line:
        if c in (0x23, 0x0a, 0x0d):
            return True
        if c not in (0x20, 0x09, 0x0c):
            return False
    return True


def _init_error(message, filename):
    # A decoding failure before the first token: CPython reports it with
    # line 0, offset -1 and no text (_PyPegen_raise_tokenizer_init_error).
    return SyntaxError(message, (filename, 0, -1, None))


def translate_newlines(text, exec_input):
    """Universal newlines, and the final newline that 'exec' input gets.

    CPython's translate_newlines appends that newline also to a source that
    ends in '\\r\\n' (its loop stops on the pair before looking at it), so
    such a source ends with an empty line; we do the same.
    """
    crlf_at_end = exec_input and text.endswith('\r\n')
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    if exec_input and (crlf_at_end or not text.endswith('\n')):
        text += '\n'
    return text


def decode_source(source, filename='<unknown>', exec_input=True):
    text, encoding, _ = decode_source_raw(source, filename, exec_input)
    return text, encoding


def decode_source_raw(source, filename='<unknown>', exec_input=True):
    """Return ``(text, encoding)`` for ``source`` as the C tokenizer sees it.

    ``text`` has '\\n' line ends (and ends with one for exec input).
    ``encoding`` is CPython's ``tok->encoding``: 'utf-8' for str input, the
    cookie's name or 'utf-8' for a BOM, None for bytes that declare nothing.
    It matters for error positions: CPython converts byte offsets to
    character offsets in parser errors only when it is set.
    """
    if isinstance(source, str):
        if not source.isascii():
            # CPython takes the UTF-8 form of a str; lone surrogates fail here.
            source.encode('utf-8')
        if '\0' in source:
            raise SyntaxError(NULL_BYTES_MESSAGE)
        return translate_newlines(source, exec_input), 'utf-8', None

    data = bytes(source)
    if b'\0' in data:
        raise SyntaxError(NULL_BYTES_MESSAGE)
    crlf_at_end = exec_input and data.endswith(b'\r\n')
    if b'\r' in data:
        data = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    if exec_input and (crlf_at_end or not data.endswith(b'\n')):
        data += b'\n'
    encoding = None
    if data.startswith(BOM_UTF8):
        data = data[3:]
        encoding = 'utf-8'
    cookie = _cookie(data)
    if cookie is not None:
        if encoding is not None:
            if cookie != 'utf-8':
                raise _init_error(f'encoding problem: {cookie} with BOM', filename)
        elif cookie != 'utf-8':
            try:
                return data.decode(cookie), cookie, data
            except (LookupError, ValueError) as exc:
                raise _init_error(str(exc), filename) from None
        encoding = 'utf-8'
    if data.isascii():
        return data.decode('ascii'), encoding, None
    return data.decode('utf-8', 'surrogateescape'), encoding, None


def _cookie(data):
    """The encoding cookie of data (bytes with '\n' line ends, past a BOM),
    or None."""
    first_end = data.find(b'\n')
    if first_end < 0:
        return None
    cookie = _coding_spec(data, first_end)
    if cookie is None and _only_comment_or_blank(data[:first_end]):
        second_end = data.find(b'\n', first_end + 1)
        if second_end >= 0:
            cookie = _coding_spec(data[first_end + 1:second_end + 1],
                                  second_end - first_end)
    return cookie


def file_encoding_error(source, filename, seekable=True):
    """The SyntaxError CPython gives a program file or standard input whose
    bytes its encoding does not decode, or None.

    Reading a file, the C tokenizer checks each line as it reads it -- with
    no cookie, that it is UTF-8 -- before any of it is parsed, so this error
    comes first, with its own messages and no location; compile() of the
    same bytes only notices a bad byte inside a token (decode_source).  A
    cookie naming another encoding reopens the file in that encoding at the
    position read so far: an unknown codec, or a file that cannot seek (a
    pipe on standard input), fails there too.
    """
    data = bytes(source)
    if b'\r' in data:
        data = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    if data.startswith(BOM_UTF8):
        return None          # UTF-8, checked token by token as for strings
    cookie = _cookie(data)
    if cookie is None:
        try:
            data.decode('utf-8')
        except UnicodeDecodeError as exc:
            lineno = data.count(b'\n', 0, exc.start) + 1
            return SyntaxError(
                f"Non-UTF-8 code starting with '\\x{data[exc.start]:02x}' "
                f'in file {filename} on line {lineno}, but no encoding '
                f'declared; see https://peps.python.org/pep-0263/ for details')
        return None
    if cookie == 'utf-8':
        return None
    if seekable:
        try:
            data.decode(cookie)
            return None
        except (LookupError, ValueError):
            pass
    return SyntaxError(f'encoding problem: {cookie}')


# -- the stdlib tokenize module's rules ---------------------------------------

_COOKIE_RE = re.compile(r'[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
_BLANK_RE = re.compile(br'[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


def detect_encoding(readline):
    """The stdlib ``tokenize.detect_encoding``: ``(encoding, lines_read)``.

    Reads at most two lines.  A UTF-8 BOM gives 'utf-8-sig'; a cookie on
    line 1, or on line 2 after a blank or comment line, names the encoding;
    the default is 'utf-8'.
    """
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    where = '' if filename is None else f' for {filename!r}'

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line, bom):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError('invalid or missing encoding declaration' + where) from None
        match = _COOKIE_RE.match(text)
        if match is None:
            return None
        name = normal_encoding_name(match.group(1))
        try:
            _lookup_codec(name)
        except LookupError:
            if filename is None:
                raise SyntaxError('unknown encoding: ' + name) from None
            raise SyntaxError(f'unknown encoding{where}: {name}') from None
        if bom:
            if name != 'utf-8':
                raise SyntaxError(f'encoding problem{where}: utf-8')
            name += '-sig'
        return name

    bom = False
    default = 'utf-8'
    first = read()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    name = cookie_of(first, bom)
    if name:
        return name, [first]
    if not _BLANK_RE.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    name = cookie_of(second, bom)
    if name:
        return name, [first, second]
    return default, [first, second]
