import ast
c = compile('x = 1\nprint(x)', 'file.py', 'exec')
print(c.co_filename, c.co_name)
exec(c)
e = compile('2 ** 10', 'expr', 'eval')
print(eval(e))
s = compile('3 + 4', 'single', 'single')
exec(s)
tree = compile('a = 1', 'tree', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
tree2 = ast.parse('print("from ast")')
exec(compile(tree2, 'astfile', 'exec'))
expr = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, 'built', 'eval')))
try:
    compile('x', 'f', 'bogus')
except ValueError as e:
    print(e)
try:
    compile('def (', 'bad.py', 'exec')
except SyntaxError as err:
    print(err.filename, err.lineno, err.msg)
print(compile('from __future__ import annotations\ndef f(x: int): pass', 'f', 'exec').co_flags & 0x1000000 != 0)
ns = {}
exec(compile('from __future__ import annotations\ndef f(x: undefined): pass', 'f', 'exec'), ns)
print(ns['f'].__annotations__)
try:
    compile('await x', 'f', 'exec')
except SyntaxError as e:
    print(e.msg)
co = compile('await x', 'f', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(co.co_flags & 0x80))
print(compile('pass', 'f', 'exec', dont_inherit=True).co_name)
print(eval(compile('1 if True else 2', 'f', 'eval', optimize=2)))
try:
    compile('1\x00', 'f', 'exec')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
