x = 'global x'
def f():
    x = 'local x'
    print(eval('x'))
    print(eval('x', {'x': 'given globals'}))
    print(eval('x', {'x': 'g'}, {'x': 'given locals'}))
    exec('y = 5')
    print('y' in locals())
    ns = {}
    exec('y = 6', ns)
    print(ns['y'], '__builtins__' in ns)
    print(eval('[x for _ in range(1)]'))
f()

code = compile('a + b', '<expr>', 'eval')
print(eval(code, {'a': 1, 'b': 2}))
print(eval('  1 + 1\n'))
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('return 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(eval('lambda: 42')())
m = {}
exec('def g(): return h()\ndef h(): return "h"', m)
print(m['g']())
exec('import math as mm', m)
print(m['mm'].pi > 3)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec('1', [])
except TypeError as e:
    print(e)
try:
    eval('1', {}, 5)
except TypeError as e:
    print(e)
print(eval(b'1 + 2'))
print(eval('__name__'), eval('__name__', {'__name__': 'other'}))
class C:
    v = 1
    r = eval('v + 1')
print(C.r)
def closure():
    z = 3
    def inner():
        return eval('z')
    try:
        return inner()
    except NameError as e:
        return str(e)
print(closure())
