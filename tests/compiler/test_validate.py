"""Trees built by user code: compile() refuses bad ones with CPython's
errors (the conversion's and the validator's), and accepts good ones."""

import ast

import pytest

import ophis

L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)


def name(id='x', ctx=None):
    return ast.Name(id, ctx or ast.Load(), **L)


def module(*stmts):
    return ast.Module(list(stmts), [])


def expr(e):
    return module(ast.Expr(e, **L))


def args(**kw):
    base = dict(posonlyargs=[], args=[], vararg=None, kwonlyargs=[],
                kw_defaults=[], kwarg=None, defaults=[])
    base.update(kw)
    return ast.arguments(**base)


def func(body=None, arguments=None, **kw):
    return ast.FunctionDef('f', arguments or args(),
                           [ast.Pass(**L)] if body is None else body, [],
                           None, **kw, **L)


def match(pattern, **kw):
    return module(ast.Match(name(), [ast.match_case(pattern, None,
                                                    [ast.Pass(**L)])], **L))


P = dict(L)

TREES = [
    lambda: module(ast.Expr(value=None, **L)),
    lambda: module(ast.Expr(**L)),
    lambda: ast.Module(5, []),
    lambda: module(5),
    lambda: ast.Module([ast.Expr(name(), **L)]),
    lambda: ast.Module([ast.Expr(name(), **L)], 5),
    lambda: expr(ast.Name(5, ast.Load(), **L)),
    lambda: expr(name('x', ast.Store())),
    lambda: expr(name('None')),
    lambda: expr(name('True', ast.Load())),
    lambda: expr(ast.Constant([1], **L)),
    lambda: expr(ast.Constant((1, {2}), **L)),
    lambda: expr(ast.Constant(1, kind=5, **L)),
    lambda: expr(ast.Name('x', None, **L)),
    lambda: expr(ast.Name('x', ast.Load(), lineno=2, col_offset=0,
                          end_lineno=1, end_col_offset=1)),
    lambda: expr(ast.Name('x', ast.Load(), lineno=1, col_offset=5,
                          end_col_offset=2)),
    lambda: expr(ast.Name('x', ast.Load(), lineno=1, col_offset=-1,
                          end_col_offset=2)),
    lambda: expr(ast.Name('x', ast.Load(), lineno='a', col_offset=0)),
    lambda: expr(ast.Name('x', ast.Load(), lineno=2 ** 40, col_offset=0)),
    lambda: expr(ast.Name('x', ast.Load(), lineno=1)),
    lambda: expr(ast.BinOp(name(), ast.Add, name(), **L)),
    lambda: expr(ast.BinOp(name(), 5, name(), **L)),
    lambda: expr(ast.BoolOp(ast.And(), [name()], **L)),
    lambda: expr(ast.Compare(name(), [ast.Eq()], [], **L)),
    lambda: expr(ast.Compare(name(), [ast.Eq(), ast.Lt()], [name()], **L)),
    lambda: expr(ast.Dict([name()], [], **L)),
    lambda: expr(ast.Tuple([name(), None], ast.Load(), **L)),
    lambda: expr(ast.Tuple([name('x', ast.Store())], ast.Load(), **L)),
    lambda: expr(ast.ListComp(name(), [], **L)),
    lambda: expr(ast.Call(name(), [], [ast.keyword('a', None, **L)], **L)),
    lambda: expr(ast.Call(name(), [], [ast.keyword(None, name())], **L)),
    lambda: expr(ast.Lambda(args(kwonlyargs=[ast.arg('a', **L)]), name(),
                            **L)),
    lambda: expr(ast.Lambda(args(defaults=[name()]), name(), **L)),
    lambda: expr(ast.Lambda(None, name(), **L)),
    lambda: expr(ast.Starred(name(), ast.Load(), **L)),
    lambda: expr(ast.Constant(1, lineno=1, col_offset=0)),
    lambda: module(ast.Assign([], name(), **L)),
    lambda: module(ast.Assign([name()], name(), **L)),
    lambda: module(ast.Assign([ast.Constant(1, **L)], name(), **L)),
    lambda: module(ast.Delete([name('x', ast.Store())], **L)),
    lambda: module(ast.AugAssign(name('x', ast.Store()), ast.Add(),
                                 name('y', ast.Store()), **L)),
    lambda: module(ast.AnnAssign(ast.Attribute(name(), 'a', ast.Store(),
                                               **L), name(), None, 1, **L)),
    lambda: module(ast.ImportFrom('m', [ast.alias('x', **L)], -1, **L)),
    lambda: module(ast.ImportFrom('m', [], 0, **L)),
    lambda: module(ast.Import([], **L)),
    lambda: module(ast.Global([], **L)),
    lambda: module(func(body=[])),
    lambda: module(ast.FunctionDef(None, args(), [ast.Pass(**L)], [], None,
                                   **L)),
    lambda: module(ast.FunctionDef('f', None, [ast.Pass(**L)], [], None,
                                   **L)),
    lambda: module(ast.ClassDef('C', [], [], [], [], **L)),
    lambda: module(ast.If(name(), [], [], **L)),
    lambda: module(ast.While(name(), [ast.Pass(**L)], [None], **L)),
    lambda: module(ast.For(name(), name(), [ast.Pass(**L)], [], **L)),
    lambda: module(ast.With([], [ast.Pass(**L)], **L)),
    lambda: module(ast.With([ast.withitem(name(), name())],
                            [ast.Pass(**L)], **L)),
    lambda: module(ast.Raise(None, name(), **L)),
    lambda: module(ast.Try([ast.Pass(**L)], [], [], [], **L)),
    lambda: module(ast.Try([ast.Pass(**L)], [], [ast.Pass(**L)],
                           [ast.Pass(**L)], **L)),
    lambda: module(ast.Try([], [], [], [ast.Pass(**L)], **L)),
    lambda: module(ast.Try([ast.Pass(**L)], [ast.ExceptHandler(
        None, None, [], **L)], [], [], **L)),
    lambda: module(ast.Match(name(), [], **L)),
    lambda: match(ast.MatchAs(lineno=1, col_offset=0)),
    lambda: match(ast.MatchValue(name(), **P)),
    lambda: match(ast.MatchValue(ast.Constant(None, **L), **P)),
    lambda: match(ast.MatchValue(ast.Constant((1,), **L), **P)),
    lambda: match(ast.MatchSingleton(1, **P)),
    lambda: match(ast.MatchStar(None, **P)),
    lambda: match(ast.MatchSequence([ast.MatchStar('_', **P)], **P)),
    lambda: match(ast.MatchAs(ast.MatchAs(None, 'y', **P), None, **P)),
    lambda: match(ast.MatchOr([ast.MatchAs(None, 'y', **P)], **P)),
    lambda: match(ast.MatchMapping([name()], [], None, **P)),
    lambda: match(ast.MatchMapping([ast.Constant(1, **L)],
                                   [ast.MatchAs(None, None, **P)], '_',
                                   **P)),
    lambda: match(ast.MatchClass(ast.Constant(1, **L), [], [], [], **P)),
    lambda: match(ast.MatchClass(name(), [], ['a'], [], **P)),
    lambda: match(ast.MatchClass(name(), [], ['None'],
                                 [ast.MatchAs(None, None, **P)], **P)),
    lambda: module(ast.Expr(ast.Constant(1, **L), **L), None),
    lambda: ast.Module([ast.Expr(ast.Constant(1, **L), **L)],
                       [ast.TypeIgnore(1, 5)]),
    lambda: ast.Expression(name()),
    lambda: ast.Expression(ast.Constant(1, **L)),
    lambda: expr(ast.JoinedStr([ast.FormattedValue(name(), 115, None, **L)],
                               **L)),
    lambda: module(func(arguments=args(args=[ast.arg('a', **L)],
                                       defaults=[name(), name()]))),
]


def outcome(tree, mode='exec'):
    try:
        compile(tree, '<tree>', mode)
    except Exception as exc:
        return type(exc), str(exc)
    return None


@pytest.mark.parametrize('index', range(len(TREES)))
def test_tree_as_host(index):
    host = outcome(TREES[index]())
    try:
        ophis.compile(TREES[index](), '<tree>', 'exec')
    except Exception as exc:
        mine = (type(exc), str(exc))
    else:
        mine = None
    assert mine == host
