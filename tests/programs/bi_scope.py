x = 'global x'

def show():
    y = 'local y'
    print(sorted(locals()), 'x' in globals(), globals()['x'])
    print(sorted(vars()), dir())
    z = 1
    loc = locals()
    z = 2
    print(loc['z'], locals()['z'], loc is locals())

show()
print(sorted(k for k in dir() if not k.startswith('__')))
ns = {}
exec('a = 1\nb = a + 1', ns)
print(ns['b'], '__builtins__' in ns)
print(eval('x + "!"'), eval('y * 2', {'y': 21}), eval('  1 + 1'))

def inner_exec():
    q = 5
    exec('print(q * 2)')
    return eval('q + 1')

print(inner_exec())
code = compile('r = 7 * 6', '<generated>', 'exec')
space = {}
exec(code, space)
print(space['r'], code.co_filename)
print(eval(compile('2 ** 10', '<e>', 'eval')))

class C:
    attr = 1
    print(sorted(k for k in locals()))
    print(vars().get('attr'))

print(sorted(vars(C))[:3])
try:
    eval('1 +')
except SyntaxError as exc:
    print('SyntaxError', exc.msg, exc.lineno, exc.offset)
