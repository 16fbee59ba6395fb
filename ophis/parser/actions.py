"""Helpers that the grammar's actions call to build the tree.

Each helper does what its CPython counterpart in Parser/action_helpers.c does
(the names say which), on Ophis's values: a token is the tokenizer's tuple
``(type, string, lineno, col_offset, end_lineno, end_col_offset, line)``.
"""
import unicodedata

from ophis.parser._nodes import (
    Call, Constant, Del, Load, Module, Name, Store, TypeIgnore, arguments, alias,
    arg, keyword, List, Tuple, Starred, Attribute, Subscript, ClassDef,
    FunctionDef, AsyncFunctionDef,
)
import _ast

__all__ = [
    'EMPTY_CALL', 'NO_VALUE', 'check_version', 'collect_call_args', 'count_dots',
    'empty_arguments', 'ensure_imaginary', 'ensure_real', 'flatten', 'ident',
    'idents', 'make_arguments', 'make_module', 'name_del', 'name_load', 'name_store',
    'new_type_comment', 'number', 'set_ctx', 'with_decorators', 'with_type_comment',
    'concatenate_strings',
]

# The value of an optional group whose action gave nothing although the group
# matched (CPython's parser then consumes the group and stores NULL).
NO_VALUE = object()


class _EmptyCall:
    args = ()
    keywords = ()


# 'class A():' has parentheses but no arguments.
EMPTY_CALL = _EmptyCall()
EMPTY_CALL.args = []
EMPTY_CALL.keywords = []


def ident(tok):
    """The identifier a NAME token spells, NFKC-normalized (PEP 3131)."""
    s = tok[1]
    if s.isascii():
        return s
    return _normalize(s)


def _normalize(s):
    return unicodedata.normalize('NFKC', s)


def idents(toks):
    return [ident(t) for t in toks]


def name_load(tok):
    s = tok[1]
    if not s.isascii():
        s = _normalize(s)
    return Name(s, Load, tok[2], tok[3], tok[4], tok[5])


def name_store(tok):
    s = tok[1]
    if not s.isascii():
        s = _normalize(s)
    return Name(s, Store, tok[2], tok[3], tok[4], tok[5])


def name_del(tok):
    s = tok[1]
    if not s.isascii():
        s = _normalize(s)
    return Name(s, Del, tok[2], tok[3], tok[4], tok[5])


def flatten(seqs):
    """statement+ gives a list of lists of statements."""
    if len(seqs) == 1:
        return seqs[0]
    result = []
    for seq in seqs:
        result.extend(seq)
    return result


def make_module(p, stmts):
    ignores = [TypeIgnore(lineno, tag) for lineno, tag in p.type_ignores]
    return Module(stmts or [], ignores)


def check_version(p, minor, feature, node):
    """CHECK_VERSION: the feature needs Python 3.minor."""
    if p.feature_version < minor:
        p.raise_at_last_token(
            f'{feature} only supported in Python 3.{minor} and greater')
    return node


def new_type_comment(p, tok):
    if tok is None:
        return None
    return tok[1]


def count_dots(toks):
    """'.' counts one, '...' three (_PyPegen_seq_count_dots)."""
    n = 0
    for t in toks:
        n += 3 if t[1] == '...' else 1
    return n


def empty_arguments():
    return arguments([], [], None, [], [], None, [])


def make_arguments(slash_without_default, slash_with_default, plain_names,
                   names_with_default, star_etc):
    """_PyPegen_make_arguments.

    slash_with_default is (plain names, [(arg, default)]); names_with_default
    is [(arg, default)]; star_etc is (vararg, [(arg, default or None)], kwarg).
    """
    if slash_without_default is not None:
        posonly = slash_without_default
    elif slash_with_default is not None:
        posonly = slash_with_default[0] + [a for a, d in slash_with_default[1]]
    else:
        posonly = []
    posargs = list(plain_names) if plain_names else []
    if names_with_default:
        posargs.extend(a for a, d in names_with_default)
    defaults = []
    if slash_with_default is not None:
        defaults.extend(d for a, d in slash_with_default[1])
    if names_with_default:
        defaults.extend(d for a, d in names_with_default)
    if star_etc is not None:
        vararg, kwonly_pairs, kwarg = star_etc
        kwonly = [a for a, d in kwonly_pairs]
        kw_defaults = [d for a, d in kwonly_pairs]
    else:
        vararg = kwarg = None
        kwonly = []
        kw_defaults = []
    return arguments(posonly, posargs, vararg, kwonly, kw_defaults, kwarg, defaults)


def with_type_comment(p, a, tok):
    """_PyPegen_add_type_comment_to_arg."""
    if tok is None:
        return a
    return arg(a.arg, a.annotation, tok[1], a.lineno, a.col_offset,
               a.end_lineno, a.end_col_offset)


def with_decorators(node, decorators):
    """A class or function definition with its decorators; its positions stay
    those of the definition without them, as in CPython."""
    node.decorator_list = decorators
    return node


def collect_call_args(positional, kwargs, lineno, col_offset, end_lineno, end_col_offset):
    """_PyPegen_collect_call_seqs: a Call with a dummy function whose args and
    keywords the caller takes; starred items among kwargs go to args."""
    if kwargs is None:
        return Call(_DUMMY, positional, [], lineno, col_offset, end_lineno, end_col_offset)
    args = list(positional)
    keywords = []
    for item in kwargs:
        if type(item) is _ast.keyword:
            keywords.append(item)
        else:
            args.append(item)
    return Call(_DUMMY, args, keywords, lineno, col_offset, end_lineno, end_col_offset)


_DUMMY = Name('', Load, 1, 0, 1, 0)


def set_ctx(node, ctx):
    """_PyPegen_set_expr_context: a copy of node with context ctx."""
    kind = type(node)
    if kind is _ast.Name:
        return Name(node.id, ctx, node.lineno, node.col_offset, node.end_lineno,
                    node.end_col_offset)
    if kind is _ast.Tuple:
        return Tuple([set_ctx(e, ctx) for e in node.elts], ctx, node.lineno,
                     node.col_offset, node.end_lineno, node.end_col_offset)
    if kind is _ast.List:
        return List([set_ctx(e, ctx) for e in node.elts], ctx, node.lineno,
                    node.col_offset, node.end_lineno, node.end_col_offset)
    if kind is _ast.Subscript:
        return Subscript(node.value, node.slice, ctx, node.lineno, node.col_offset,
                         node.end_lineno, node.end_col_offset)
    if kind is _ast.Attribute:
        return Attribute(node.value, node.attr, ctx, node.lineno, node.col_offset,
                         node.end_lineno, node.end_col_offset)
    if kind is _ast.Starred:
        return Starred(set_ctx(node.value, ctx), ctx, node.lineno, node.col_offset,
                       node.end_lineno, node.end_col_offset)
    return node


def number(p, tok):
    """_PyPegen_number_token: the Constant a NUMBER token denotes."""
    s = tok[1]
    if '_' in s:
        if p.feature_version < 6:
            p.raise_at_last_token('Underscores in numeric literals are only supported '
                                  'in Python 3.6 and greater')
    try:
        value = _parse_number(s)
    except ValueError as exc:
        too_long = str(exc)
    else:
        return Constant(value, None, tok[2], tok[3], tok[4], tok[5])
    # Only the limit on decimal digits gets here; CPython gives the line but
    # no columns, to spare a wall of carets, and no chained ValueError (so
    # the raise is outside the except block).
    p.raise_error_at(SyntaxError, f'{too_long} - Consider hexadecimal for huge '
                     'integer literals to avoid decimal conversion limits.',
                     tok[2], -1, tok[4], -1)


def _parse_number(s):
    last = s[-1]
    if last == 'j' or last == 'J':
        return complex(0.0, _parse_float(s[:-1]))
    if s[:2].lower() in ('0x', '0o', '0b'):
        return int(s, 0)
    if '.' in s or 'e' in s or 'E' in s:
        return _parse_float(s)
    return int(s, 10) if s[0] != '0' else int(s, 0)


_parse_float = float


def ensure_real(p, node):
    if isinstance(node.value, complex):
        p.raise_error_at(SyntaxError, 'real number required in complex literal',
                         node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    return node


def ensure_imaginary(p, node):
    if not isinstance(node.value, complex):
        p.raise_error_at(SyntaxError, 'imaginary number required in complex literal',
                         node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    return node


from ophis.parser.strings import concatenate_strings  # noqa: E402
