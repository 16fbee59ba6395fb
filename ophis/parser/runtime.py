"""The state and the services every generated parser method relies on.

A parser holds the whole token list: ``toks`` (the tokenizer's tuples) and
``kinds`` (one int per token: its type, or a keyword's number from the
generated ``KEYWORD_KINDS``), and ``pos``, where a rule that matched leaves
the index after its match.

Errors are raised as CPython's parser raises them; where CPython reports the
last token it has read, the first pass (which does not count the tokens it
reads, to stay fast) raises ``NeedsTracking`` and the driver (``api``) parses
again with a ``TrackingKinds`` list that records the furthest token read.
"""
from ophis.tokenizer.tokens import (
    AMPEREQUAL, ATEQUAL, CIRCUMFLEXEQUAL, COLON, DEDENT, DOUBLESLASHEQUAL,
    DOUBLESTAREQUAL, ENDMARKER, EQUAL, INDENT, LBRACE, LEFTSHIFTEQUAL, LPAR, LSQB,
    MINEQUAL, NEWLINE, PERCENTEQUAL, PLUSEQUAL, RBRACE, RIGHTSHIFTEQUAL, RPAR, RSQB,
    SLASHEQUAL, STAREQUAL, VBAREQUAL)

_WHITESPACE = (ENDMARKER, NEWLINE, INDENT, DEDENT)
_OPENERS = (LPAR, LSQB, LBRACE)
_ASSIGNMENT_MARKS = frozenset({
    EQUAL, COLON, PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, PERCENTEQUAL,
    AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL,
    DOUBLESTAREQUAL, DOUBLESLASHEQUAL, ATEQUAL})
_CLOSERS = (RPAR, RSQB, RBRACE)


class NeedsTracking(Exception):
    """The error to raise depends on how far the parser has read."""


class TrackingKinds(list):
    """A kinds list that remembers the furthest index read: CPython's parser
    fetches a token only when it looks at it, and places some errors at the
    last token fetched."""
    __slots__ = ('furthest',)

    def __init__(self, kinds):
        super().__init__(kinds)
        self.furthest = -1

    def __getitem__(self, i):
        if i > self.furthest:
            self.furthest = i
        return list.__getitem__(self, i)


class ParserBase:
    call_invalid_rules = False
    # 'fstring' for the parser of the expressions inside an f-string
    start_rule = 'file'

    def __init__(self, toks, kinds, source):
        self.toks = toks
        self.kinds = kinds
        self.pos = 0
        self.source = source
        self.feature_version = source.feature_version
        self.type_ignores = source.type_ignores
        self.reset_memo()

    def reset_memo(self):
        pass

    @property
    def tracking(self):
        return isinstance(self.kinds, TrackingKinds)

    def fill(self):
        """How many tokens CPython's parser would have fetched so far."""
        return self.kinds.furthest + 1

    # -- positions -------------------------------------------------------------

    def last_token(self, i):
        """The last token before index i that is not NEWLINE, INDENT, DEDENT or
        ENDMARKER (_PyPegen_get_last_nonnwhitespace_token)."""
        toks = self.toks
        i -= 1
        tok = toks[i]
        while tok[0] in _WHITESPACE and i > 0:
            i -= 1
            tok = toks[i]
        return tok

    def no_assignment(self, pos):
        """Whether the logical line from pos has no token that an assignment
        needs ('=', ':' or an augmented assignment)."""
        kinds = self.kinds
        try:
            end = kinds.index(NEWLINE, pos)
        except ValueError:
            end = len(kinds)
        return _ASSIGNMENT_MARKS.isdisjoint(kinds[pos:end])

    def level(self, i):
        """How many brackets are open after token i (a token's level in
        CPython); the error pass asks."""
        depth = 0
        for tok in self.toks[:i + 1]:
            kind = tok[0]
            if kind in _OPENERS:
                depth += 1
            elif kind in _CLOSERS:
                depth -= 1
        return depth

    # -- errors ----------------------------------------------------------------

    def raise_expected(self, i, text):
        """A forced token is missing (_PyPegen_expect_forced_token)."""
        from ophis.parser.errors import token_location
        if i >= len(self.toks):
            # the token where the tokenizer failed: its error comes first
            raise NeedsTracking(text)
        lineno, col, end_lineno, end_col = token_location(self.toks[i])
        self.raise_error_at(SyntaxError, f'expected {text}', lineno, col, end_lineno, end_col)

    def raise_error_at(self, cls, msg, lineno, col_offset, end_lineno, end_col_offset):
        """RAISE_ERROR_KNOWN_LOCATION: byte columns, 0-based; -1 for none."""
        # The error's text depends on how far the tokenizer has read; string
        # literals raise such errors in the first pass (strings.py).
        if not self.tracking:
            raise NeedsTracking(msg)
        from ophis.parser import errors
        raise errors.error_at(self, cls, msg, lineno, col_offset + 1,
                              end_lineno, end_col_offset + 1)

    def raise_at_last_token(self, msg, cls=SyntaxError):
        """RAISE_SYNTAX_ERROR: the error sits at the last token read."""
        if not self.tracking:
            raise NeedsTracking(msg)
        from ophis.parser import errors
        raise errors.error_at_last_token(self, cls, msg)

    def check_barry_as_flufl(self, tok):
        """_PyPegen_check_barry_as_flufl: whether the NOTEQUAL token tok is
        spelled as the parser wants: '!=', or '<>' with Barry as BDFL."""
        if self.source.barry_as_bdfl:
            if tok[1] != '<>':
                self.raise_at_last_token(
                    "with Barry as BDFL, use '<>' instead of '!='")
            return True
        return tok[1] == '!='

    def interactive_exit(self):
        return None

    # -- literals --------------------------------------------------------------

    def concatenate_strings(self, toks):
        from ophis.parser.strings import concatenate_strings
        return concatenate_strings(self, toks)

    def parse_fstring_tokens(self, tokens):
        """The expression inside an f-string's braces, from its tokens (already
        shifted to their place in the file). Syntax errors carry CPython's
        "f-string: " prefix."""
        from ophis.parser import api
        return api.parse_fstring_tokens(self, tokens)
