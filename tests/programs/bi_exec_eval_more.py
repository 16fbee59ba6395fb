code = '''
def made_by_exec(x):
    return x * 3
result = made_by_exec(4)
'''
ns = {}
exec(code, ns)
print(ns['result'], ns['made_by_exec'].__name__, ns['made_by_exec'].__module__)
g = {'__name__': 'fake_module'}
exec('def f(): return __name__', g)
print(g['f']())
loc = {}
exec('x = 1\ny = x + 1', {}, loc)
print(loc)
print(eval('a * b', {'a': 3}, {'b': 4}))
print(eval('[i for i in range(n)]', {'n': 3}))

def shadow():
    value = 'local'
    return eval('value'), eval('value', {'value': 'given'})
print(shadow())

class Namespace(dict):
    def __missing__(self, key):
        return f'<{key}>'
print(eval('undefined_name', {}, Namespace()))
ns = Namespace()
exec('value = missing_too', {}, ns)
print(ns['value'])
c = compile('1 + 1', 'file.py', 'eval')
print(eval(c), c.co_filename)
c2 = compile('for i in range(2):\n    print("loop", i)', '<loop>', 'exec')
exec(c2)
c3 = compile('40 + 2', '<single>', 'single')
exec(c3)
try:
    exec('raise ValueError("from exec")')
except ValueError as exc:
    print('caught', exc)
try:
    eval('1/0')
except ZeroDivisionError as exc:
    print('eval error', exc)
try:
    exec(42)
except TypeError as exc:
    print(exc)
try:
    eval('x', [])
except TypeError as exc:
    print(exc)
try:
    exec('x', {}, 5)
except TypeError as exc:
    print(exc)
import ast
tree = ast.parse('z = 6 * 7')
space = {}
exec(compile(tree, '<ast>', 'exec'), space)
print(space['z'])
try:
    compile(ast.Expression(ast.Constant(5)), '<e>', 'eval')
except TypeError as e:
    print('TypeError:', e)
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(5))), '<e>', 'eval')))
exec('from __future__ import annotations\ndef f(a: undefined): pass\nprint(f.__annotations__)')
