"""A stand-in tokenizer and parser, used until Ophis's own ones exist.

They let the string tests run through ``ophis.parser.strings`` alone: the host
parses everything except string literals (tests may use the host's ``ast``
and ``tokenize``), and every run of STRING tokens is rebuilt by
``concatenate_strings``.  Errors are reported roughly where CPython reports
them (positions as UTF-8 byte columns); the real parser makes them exact.
"""
import ast
import io
import re
import tokenize
import types
import warnings

from ophis.parser import fstrings
from ophis.parser.strings import concatenate_strings

_SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING}
_TOKENIZER_MESSAGE = re.compile(
    r'literal|invalid character|unterminated|never closed|does not match')


def host_tokens(source):
    """Parser-mode token tuples from the host's tokenize, byte columns."""
    lines = source.split('\n')

    def byte_col(lineno, col):
        if lineno - 1 >= len(lines):
            return col
        return len(lines[lineno - 1][:col].encode('utf-8'))

    result = []
    # With the final newline written out, tokenize places the NEWLINE token
    # where CPython does even when the last line ends inside a string.
    text = source if source.endswith('\n') else source + '\n'
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type in _SKIP:
            continue
        (l, c), (el, ec) = tok.start, tok.end
        result.append((tok.exact_type, tok.string, l, byte_col(l, c), el,
                       byte_col(el, ec), tok.line))
    return result


class StandInTokenizer:
    def __init__(self, source, filename='<unknown>', async_keywords=False):
        self.tokens = host_tokens(source)

    def __iter__(self):
        return iter(self.tokens)


class StandInParser:
    """Just enough of a parser for concatenate_strings."""

    call_invalid_rules = False

    def __init__(self, source, filename='<unknown>', feature_version=None,
                 tokens=None, fstring=None):
        self.text = source
        self.source = types.SimpleNamespace(filename=filename,
                                            escape_warnings={})
        self.filename = filename
        if isinstance(feature_version, tuple):
            feature_version = feature_version[1]
        self.feature_version = 11 if feature_version is None else feature_version
        self.tokens = host_tokens(source) if tokens is None else tokens
        # (starting_lineno, starting_col_offset) in f-string mode.
        self.fstring = fstring
        self.last_token = None

    # -- errors ------------------------------------------------------------
    def _error(self, msg, token):
        _, _, lineno, col, end_lineno, end_col, _ = token
        col += 1
        end_col += 1
        if self.fstring:
            msg = 'f-string: ' + msg
            col -= self.fstring[1]
            end_col -= self.fstring[1]
        else:
            # CPython's text: the error's first line, with its newline when
            # the tokenizer is on that line; offsets become character counts
            # on that line (end offsets too, clamped to its length + 1).
            # When the tokenizer is on the error's line, the text is its
            # buffer, which starts at the first line of the chain of
            # multi-line tokens that reaches the current line.
            lines = self.text.split('\n')
            line = lines[lineno - 1] if lineno <= len(lines) else ''
            if self.last_token is None or lineno >= self.last_token[4]:
                current = lineno if self.last_token is None else self.last_token[4]
                first = current
                while True:
                    earlier = min([t[2] for t in self.tokens if t[4] == first]
                                  + [first])
                    if earlier == first:
                        break
                    first = earlier
                line = '\n'.join(lines[first - 1:current]) + '\n'
            raw = line.encode('utf-8')

            def chars(offset):
                # Past the end, CPython counts the terminating NUL too.
                extra = min(offset, len(raw) + 1) - len(raw)
                return (len(raw[:offset].decode('utf-8', 'replace'))
                        + max(extra, 0))
            col = chars(col)
            end_col = chars(end_col)
        raise SyntaxError(msg, (self.filename, lineno, col, None, end_lineno,
                                end_col))

    def raise_at_last_token(self, msg):
        self._error(msg, self.last_token)

    def raise_error_at(self, cls, msg, lineno, col, end_lineno, end_col):
        self._error(msg, (None, None, lineno, col, end_lineno, end_col, None))

    # -- f-string expressions -----------------------------------------------
    def parse_fstring_tokens(self, tokens):
        source = tokens.source
        starting_lineno = tokens.starting_lineno
        starting_col_offset = tokens.starting_col_offset
        shifted = list(tokens)
        plain = host_tokens(source)
        assert len(plain) == len(shifted)
        moves = {}
        for p, s in zip(plain, shifted):
            moves[p[2], p[3]] = s[2], s[3]
            moves[p[4], p[5]] = s[4], s[5]
        sub = StandInParser(source, self.filename, self.feature_version,
                            shifted, (starting_lineno, starting_col_offset))
        built = sub.build_strings()
        # Key the new string nodes by their spans in the unshifted sub-source.
        back = {v: k for k, v in moves.items()}
        built = {back[span[:2]] + back[span[2:]]: node
                 for span, node in built.items()}
        mine = set(map(id, built.values()))
        try:
            tree = ast.parse(source, self.filename, mode='eval',
                             feature_version=(3, self.feature_version)).body
        except SyntaxError as exc:
            # Roughly what CPython's f-string sub-parser reports.
            msg = exc.msg
            if not _TOKENIZER_MESSAGE.search(msg):
                msg = 'f-string: ' + msg
            line_offset = starting_lineno - 1
            raise SyntaxError(msg, (self.filename, exc.lineno + line_offset,
                                    exc.offset, exc.text,
                                    exc.end_lineno + line_offset,
                                    exc.end_offset)) from None
        tree = _replace(tree, built)

        def move(node):
            if id(node) in mine:
                return
            if hasattr(node, 'lineno'):
                node.lineno, node.col_offset = moves[node.lineno, node.col_offset]
                node.end_lineno, node.end_col_offset = moves[
                    node.end_lineno, node.end_col_offset]
            for child in ast.iter_child_nodes(node):
                move(child)
        move(tree)
        return tree

    # -- the tree ------------------------------------------------------------
    def _runs(self):
        runs = []
        current = []
        for i, tok in enumerate(self.tokens):
            if tok[0] == tokenize.STRING:
                current.append(tok)
                continue
            if current:
                runs.append((current, tok))
                current = []
        if current:
            runs.append((current, current[-1]))
        return runs

    def build_strings(self):
        built = {}
        for run, after in self._runs():
            self.last_token = after
            span = (run[0][2], run[0][3], run[-1][4], run[-1][5])
            built[span] = concatenate_strings(self, run)
        return built

    def rebuild_strings(self, tree, built):
        return _replace(tree, built)


def _replace(tree, built):
    """Put the nodes of ``built`` in place of the host's, matched by span."""

    class Replace(ast.NodeTransformer):
        def visit_Constant(self, node):
            return self._maybe(node)

        def visit_JoinedStr(self, node):
            return self._maybe(node)

        def _maybe(self, node):
            span = (node.lineno, node.col_offset, node.end_lineno,
                    node.end_col_offset)
            return built.pop(span, node)

    return Replace().visit(tree)


def standin_parse(source, filename='<unknown>', feature_version=None):
    """Parse ``source`` with the host, rebuilding its string literals."""
    saved = fstrings._tokenizer_class
    fstrings._tokenizer_class = lambda: StandInTokenizer
    try:
        parser = StandInParser(source, filename, feature_version)
        built = parser.build_strings()
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            tree = ast.parse(source, filename, feature_version=feature_version)
        return parser.rebuild_strings(tree, built)
    finally:
        fstrings._tokenizer_class = saved


def _real_parser_works():
    """Whether Ophis's own tokenizer and parser handle a basic f-string run
    (while they are being written, the tests use the stand-in instead)."""
    probe = "x = f'{a!r:>{w}}' 'b'\n"
    try:
        from ophis.parser import parse
        got = ast.dump(parse(probe), include_attributes=True)
    except Exception:
        return False
    return got == ast.dump(ast.parse(probe), include_attributes=True)


if _real_parser_works():
    from ophis.parser import parse as ophis_parse
    STANDIN = False
else:
    ophis_parse = standin_parse
    STANDIN = True


def outcome(parse, source, filename='<unknown>'):
    """What ``parse`` makes of ``source``, as comparable data.

    ('tree', dump, warnings) or ('error', details, warnings); warnings are
    (category, message, filename, lineno).  The stand-in parser cannot give
    CPython's error text, so that is left out while it is in use.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            tree = parse(source, filename)
        except SyntaxError as exc:
            details = (type(exc).__name__, exc.msg, exc.lineno, exc.offset,
                       exc.end_lineno, exc.end_offset)
            if not STANDIN:
                details += (exc.text,)
            result = ('error', details)
        else:
            result = ('tree', ast.dump(tree, include_attributes=True))
    seen = [(w.category.__name__, str(w.message), w.filename, w.lineno)
            for w in caught]
    return result + (seen,)
