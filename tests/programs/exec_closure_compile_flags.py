def outer():
    x = 10
    def inner():
        return x
    return inner
inner = outer()
print(eval(inner.__code__, {}) if not inner.__code__.co_freevars else 'has free vars')
try:
    eval(inner.__code__)
except TypeError as exc:
    print(exc)
ns = {}
exec(inner.__code__, ns, closure=inner.__closure__)
print('exec with closure ok')
try:
    exec(inner.__code__, ns)
except TypeError as exc:
    print(exc)
try:
    exec('x = 1', ns, closure=inner.__closure__)
except TypeError as exc:
    print(exc)
import ast
tree = compile('a + 1', '<ast>', 'eval', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body))
co = compile(tree, '<ast>', 'eval')
print(eval(co, {'a': 41}))
src = 'from __future__ import annotations\ndef f(x: Undefined) -> Nope: pass'
g = {}
exec(compile(src, '<future>', 'exec'), g)
print(g['f'].__annotations__)
try:
    compile('x = ', '<bad>', 'exec')
except SyntaxError as exc:
    print(exc.msg, exc.filename, exc.lineno)
try:
    compile('x', '<m>', 'badmode')
except ValueError as exc:
    print(exc)
print(compile('1', 'f', 'single').co_filename)
