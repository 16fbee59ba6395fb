"""ophis.parse: source -> AST, with ast.parse's signature and results.

The driver does what CPython's _PyPegen_run_parser does: a first pass
without the error rules; if it fails, a second pass with them, which raises
the specific SyntaxError; if neither finds one, the generic "invalid syntax"
at the last token the first pass read (errors.py places it).
"""
import _ast
import sys

from ophis.parser import errors
from ophis.parser._parser import KEYWORD_KINDS, DeepParser, Parser
from ophis.tokenizer.tokens import (
    ASYNC, AWAIT, COMMA, DEDENT, LBRACE, LPAR, LSQB, NAME, NEWLINE, NUMBER, RBRACE,
    RPAR, RSQB, STRING, TYPE_IGNORE)

# compile()'s flags that change parsing (ophis.compiler holds the others).
PyCF_DONT_IMPLY_DEDENT = 0x0200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
CO_FUTURE_BARRY_AS_BDFL = 0x400000

# CPython's parser fails with MemoryError when its rule functions nest
# MAXSTACK (6000) deep; Ophis's parser methods nest about as its rule
# functions do, so a recursion limit that many frames above the caller
# stands in for MAXSTACK, and RecursionError becomes MemoryError.
PARSER_DEPTH = 5996
# Inside brackets CPython's parser nests deeper per level than Ophis's (its
# left-recursive rules take two frames, its loops one): about seven frames
# more inside parentheses and subscripts, eight inside list, set and dict
# displays, one or two more for an element after a comma (CPython's loop
# over the rest of a list). A deep parse has that much less room per bracket
# open.
BRACKET_FRAMES = {LPAR: 7, LSQB: 8, LBRACE: 8}
# Below this many frames no input comes near the limit, brackets or not: the
# first parse has that much room, and a deeper input is parsed again.
SHALLOW_DEPTH = 3800

# CPython converts the tree to Python objects with a depth limit of three
# times the recursion limit, less three per frame already on the stack
# (COMPILER_STACK_FRAME_SCALE).
_AST_FRAME_SCALE = 3

_MODES = {'exec': 'file', 'eval': 'eval', 'single': 'interactive',
          'func_type': 'func_type'}

Tokenizer = None  # ophis.tokenizer.Tokenizer, looked up when first needed


def _tokenizer_class():
    global Tokenizer
    if Tokenizer is None:
        from ophis.tokenizer import Tokenizer as cls
        Tokenizer = cls
    return Tokenizer


class Source:
    """What the parser and its errors need to know about the input."""
    __slots__ = ('text', 'filename', 'mode', 'feature_version', 'type_ignores',
                 'tokenizer', 'tok_error', 'start_rule', 'fstring_parent',
                 'escape_warnings', 'longest_line', 'type_comments', 'toks', 'kinds',
                 'allow_incomplete', 'barry_as_bdfl')

    def __init__(self, filename, mode, feature_version):
        self.text = None
        self.filename = filename
        self.mode = mode
        self.feature_version = feature_version
        self.type_ignores = []
        self.tokenizer = None
        self.tok_error = None
        self.start_rule = _MODES[mode]
        self.fstring_parent = None
        self.longest_line = 0
        self.type_comments = False
        self.toks = self.kinds = None
        # PyCF_ALLOW_INCOMPLETE_INPUT: a first pass that fails once the
        # tokenizer has reached the end of the input is "incomplete input"
        # (codeop's test for "more lines needed").
        self.allow_incomplete = False
        # '<>' rather than '!=' (CO_FUTURE_BARRY_AS_BDFL: in CPython 3.11 the
        # flag, or an earlier interactive statement's future import; not a
        # future import in the same source)
        self.barry_as_bdfl = False
        # The invalid-escape warnings issued so far (strings.py): a pass that
        # repeats the first one must not issue them again.
        self.escape_warnings = {}


def _check_arguments(source, filename, mode):
    if isinstance(source, _ast.AST):
        return source, filename
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    elif not isinstance(source, (str, bytes)):
        try:
            source = bytes(memoryview(source))
        except TypeError:
            raise TypeError('compile() arg 1 must be a string, bytes or AST object') from None
    if isinstance(filename, bytes):
        filename = filename.decode('utf-8', 'surrogateescape')
    elif not isinstance(filename, str):
        fspath = getattr(type(filename), '__fspath__', None)
        if fspath is None:
            raise TypeError('expected str, bytes or os.PathLike object, not '
                            + type(filename).__name__)
        filename = fspath(filename)
        if isinstance(filename, bytes):
            filename = filename.decode('utf-8', 'surrogateescape')
    if mode not in _MODES:
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    return source, filename


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None, flags=0):
    """Parse source into an AST node, as ast.parse does.  ``flags`` are
    compile()'s: PyCF_DONT_IMPLY_DEDENT and PyCF_ALLOW_INCOMPLETE_INPUT
    change what the parser makes of the end of the input."""
    source, filename = _check_arguments(source, filename, mode)
    if isinstance(source, _ast.AST):
        return source
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    if feature_version < 0:
        feature_version = 11
    if (b'\0' if isinstance(source, bytes) else '\0') in source:
        raise SyntaxError('source code string cannot contain null bytes')
    info = Source(filename, mode, feature_version)
    info.text = source
    info.type_comments = type_comments
    info.allow_incomplete = bool(flags & PyCF_ALLOW_INCOMPLETE_INPUT)
    info.barry_as_bdfl = bool(flags & CO_FUTURE_BARRY_AS_BDFL)
    tokenizer = _tokenizer_class()(source, filename, type_comments=type_comments,
                                   async_keywords=feature_version < 7, mode=mode,
                                   imply_dedent=not flags & PyCF_DONT_IMPLY_DEDENT)
    info.tokenizer = tokenizer
    limit = sys.getrecursionlimit()
    depth = _frame_depth()
    try:
        sys.setrecursionlimit(depth + SHALLOW_DEPTH)
        try:
            tree = _run(info)
        except RecursionError:
            # A deep input: parse it again with all the room CPython has.
            room = PARSER_DEPTH - _bracket_frames(info.kinds)
            sys.setrecursionlimit(depth + room)
            tree = _run(info, DeepParser)
    except RecursionError:
        raise MemoryError from None
    finally:
        sys.setrecursionlimit(limit)
    allowed = _AST_FRAME_SCALE * (limit - depth)
    if info.longest_line + 250 > allowed and _ast_depth(tree) > allowed:
        raise RecursionError('maximum recursion depth exceeded during ast construction')
    return tree


def _frame_depth():
    """Python frames on the stack, this function's caller included."""
    frame = sys._getframe(1)
    depth = 0
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


_ENUMS = (_ast.expr_context, _ast.boolop, _ast.operator, _ast.unaryop, _ast.cmpop)


def _ast_depth(tree):
    """The nesting depth of tree as CPython's AST conversion counts it:
    every node but the shared operators and contexts."""
    deepest = 0
    stack = [(tree, 1)]
    pop = stack.pop
    push = stack.append
    AST = _ast.AST
    while stack:
        node, depth = pop()
        if depth > deepest:
            deepest = depth
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST) and not isinstance(item, _ENUMS):
                        push((item, depth + 1))
            elif isinstance(value, AST) and not isinstance(value, _ENUMS):
                push((value, depth + 1))
    return deepest


def _longest_line(kinds):
    """The most tokens in one logical line: a bound on how deep its tree can
    nest (each level of an expression takes a token of its own)."""
    longest = 0
    start = 0
    index = kinds.index
    try:
        while True:
            i = index(NEWLINE, start)
            if i - start > longest:
                longest = i - start
            start = i + 1
    except ValueError:
        pass
    return max(longest, len(kinds) - start)


def _bracket_frames(kinds):
    """The most frames CPython's parser spends beyond Ophis's on the brackets
    open at one point of the input."""
    deepest = frames = 0
    stack = []
    previous = before = None
    for kind in kinds:
        extra = BRACKET_FRAMES.get(kind)
        if extra is not None:
            if kind == LSQB and previous in _PRIMARY_ENDS:
                extra = 7  # a subscript
            if previous == COMMA:
                extra += 1
            elif previous == NAME and before == COMMA:
                extra += 2  # a call after a comma
            stack.append(extra)
            frames += extra
            if frames > deepest:
                deepest = frames
        elif (kind == RPAR or kind == RSQB or kind == RBRACE) and stack:
            frames -= stack.pop()
        before = previous
        previous = kind
    return deepest


_PRIMARY_ENDS = frozenset({NAME, RPAR, RSQB, RBRACE, STRING, NUMBER})


def _run(info, parser_class=Parser):
    """Both passes over the tokens of info (_PyPegen_run_parser)."""
    if info.toks is None:
        info.toks, info.kinds = _read_tokens(info.tokenizer, info)
    toks = info.toks
    kinds = info.kinds
    root = info
    while root.fstring_parent is not None:
        root = root.fstring_parent.source
    if len(kinds) > 2000:
        longest = _longest_line(kinds)
        if longest > root.longest_line:
            root.longest_line = longest
    parser = parser_class(toks, kinds, info)
    try:
        tree = getattr(parser, info.start_rule)(0)
    except errors.NeedsTracking:
        tree = None
    except SyntaxError:
        if not info.allow_incomplete:
            raise
        tree = None  # the error path decides: this error, or incomplete input
    if tree is None:
        raise errors.syntax_error(parser_class, toks, kinds, info)
    if info.start_rule == 'interactive':
        errors.check_single_statement(parser, toks, info)
    return tree


def _read_tokens(tokenizer, info):
    """All tokens, with their kinds; a tokenizer error is kept for later: it is
    CPython's answer only once the parser reads that far, or in the end."""
    toks = []
    try:
        toks.extend(tokenizer)
    except SyntaxError as exc:
        info.tok_error = exc
    if info.type_comments:
        # pegen records '# type: ignore' comments and drops their tokens
        for tok in toks:
            if tok[0] == TYPE_IGNORE:
                info.type_ignores.append((tok[2], tok[1]))
        toks = [tok for tok in toks if tok[0] != TYPE_IGNORE]
    keyword_kind = KEYWORD_KINDS.get
    kinds = [keyword_kind(t[1], NAME) if t[0] == NAME else t[0] for t in toks]
    if info.feature_version < 7:
        # async and await are keywords only where the tokenizer says so: it
        # gives ASYNC and AWAIT tokens inside async functions, NAMEs outside.
        for i, tok in enumerate(toks):
            kind = tok[0]
            if kind == ASYNC or kind == AWAIT:
                kinds[i] = KEYWORD_KINDS[tok[1]]
            elif kind == NAME and (tok[1] == 'async' or tok[1] == 'await'):
                kinds[i] = NAME
    if info.tok_error is not None:
        kinds.append(-1)  # matches nothing
    elif info.start_rule == 'interactive' and len(toks) > 1 and toks[-2][0] == DEDENT:
        # pegen turns the first ENDMARKER of 'single' input into NEWLINE
        # and DEDENTs; a DEDENT counts as input again, so the ENDMARKER
        # after them becomes a NEWLINE too (the tokenizer stops at one).
        end = toks[-1]
        toks.insert(-1, (NEWLINE,) + end[1:])
        kinds.insert(-1, NEWLINE)
    return toks, kinds


def parse_fstring_tokens(parent, tokens):
    """The expression of an f-string's replacement field: CPython 3.11 runs a
    whole parser (both passes) over '(' + expression + ')'."""
    parent_info = parent.source
    info = Source(parent_info.filename, 'eval', parent.feature_version)
    info.start_rule = 'fstring'
    info.tokenizer = tokens
    info.fstring_parent = parent
    # CPython's f-string parser takes its parent's flags
    info.barry_as_bdfl = parent_info.barry_as_bdfl
    return _run(info)
