# ast.parse(feature_version=...) and compile(..., _feature_version=...)
# refuse syntax newer than the version asked for, with CPython's messages.
import ast

cases = [
    ('(a := 1)', (3, 7)),
    ('(a := 1)', (3, 8)),
    ("f'{x=}'", (3, 7)),
    ('try:\n    pass\nexcept* ValueError:\n    pass\n', (3, 10)),
    ('try:\n    pass\nexcept* ValueError:\n    pass\n', (3, 11)),
    ('with (a, b):\n    pass\n', (3, 8)),
    ('def f(a, /):\n    pass\n', (3, 7)),
    ('match x:\n    case 1:\n        pass\n', (3, 9)),
    ('x: int = 1', (3, 5)),
    ('x = 1', (3, 4)),
    ('async def f():\n    await g()\n', (3, 4)),
]
for source, version in cases:
    try:
        tree = ast.parse(source, feature_version=version)
    except SyntaxError as exc:
        print(version, 'SyntaxError:', exc.msg, exc.lineno)
    else:
        print(version, type(tree.body[0]).__name__)

try:
    compile('(a := 1)', '<s>', 'eval', ast.PyCF_ONLY_AST, _feature_version=7)
except SyntaxError as exc:
    print('compile:', exc.msg)
print(type(compile('(a := 1)', '<s>', 'eval', ast.PyCF_ONLY_AST,
                   _feature_version=8)).__name__)
