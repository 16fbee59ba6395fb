"""Postponed annotations (PEP 563): the string Ophis stores for an
annotation is the one the host stores, for every kind of expression
allowed in an annotation (yield, await and := are not: see the error
corpus)."""

import ast

import pytest

from ophis.compiler.unparse import unparse_annotation

ANNOTATIONS = [
    'int', 'a.b.c', 'List[int]', 'Dict[str, int]', 'Tuple[()]', 'x[1:2]',
    'x[1:2, ::3]', 'x[a, *b]', 'x[*a]', 'a | b', 'a | None', 'a + b * c',
    '(a + b) * c', 'a ** b ** c', '(a ** b) ** c', '-a ** b', '(-a) ** b',
    'not a', 'a and b or c', 'a and (b or c)', 'a if b else c',
    '(a if b else c) if d else e', 'lambda: 1', 'lambda x, *y, z=1, **w: x',
    'lambda x, /, y: 0', 'lambda *, k: k', 'lambda *a: a',
    'lambda a=1, /, b=2, *c, d, e=3, **f: 0', '[1, 2]', '[]', '()', '(1,)',
    '(1, 2)', '{1, 2}', '{}', '{1: 2, **a}', '{**a, "b": c}',
    '[x for x in y if x if z]', '{x for x in y}', '{k: v for k, v in y}',
    '(x for x in y)', 'f(x for x in y)', 'f(a, *b, c=1, **d)', 'f()',
    'a < b < c', 'a is not b', 'a not in b', '"s"', "b'x'", "u'u'", '1.5',
    '1e400', '-1e400', '1j', '1e400j', '(1+2j)', '...', 'None', 'True',
    "f'{a}'", "f'{a!r:>{w}}'", "f'{{}}{a!s}'", "f'{ {1: 2} }'",
    "f'{a:{b}{c}}'", '1 .real', '1.0.real', 'a[b][c](d)',
    '~a', '+a', '-(-a)', 'a // b % c @ d', 'a << b >> c & d ^ e',
    'a[1:2:3]', 'a[::]', 'a[:]',
    '"\\n\\t\'"', 'r"\\d"', '(a, b)[0]', '(lambda: 0)()', 'f(*a)[0]',
    "f'{a=}'", "f'{3.14:.2f}'", 'f(**{})', 'a.b[1]().c',
]


def host_annotation(text):
    namespace = {}
    source = f'from __future__ import annotations\nx: {text}\n'
    exec(compile(source, '<test>', 'exec'), namespace)
    return namespace['__annotations__']['x']


@pytest.mark.parametrize('text', ANNOTATIONS)
def test_unparse_as_host(text):
    node = ast.parse(f'x: {text}').body[0].annotation
    assert unparse_annotation(node) == host_annotation(text)


def test_function_annotations_as_host():
    source = ('from __future__ import annotations\n'
              'def f(a: int, /, b: "s" = 1, *c: a.b, d: x[1], '
              '**e: lambda: 0) -> List[int]: pass\n')
    host = {}
    exec(compile(source, '<test>', 'exec'), host)
    tree = ast.parse(source)
    func = tree.body[1]
    args = func.args
    mine = {}
    for arg in args.posonlyargs + args.args + [args.vararg] + \
            args.kwonlyargs + [args.kwarg]:
        mine[arg.arg] = unparse_annotation(arg.annotation)
    mine['return'] = unparse_annotation(func.returns)
    assert mine == host['f'].__annotations__
