import sys
import builtins

print(sys._getframe().f_globals is globals())
print(sys._getframe().f_builtins is builtins.__dict__)

namespace = {'__builtins__': {'len': lambda x: 'custom len', 'print': print}}
exec('print(len([1, 2]))', namespace)
exec('''
def f():
    import sys
    return sys._getframe().f_builtins is __builtins__
''', {'__builtins__': builtins.__dict__, '__name__': 'x'}, )

restricted = {'__builtins__': {}}
try:
    exec('len([])', restricted)
except NameError as e:
    print('NameError', e)

g = {}
exec('x = 1', g)
print('__builtins__' in g, g['x'])

def make(gl):
    exec('def h():\n    return VALUE', gl)
    return gl['h']
h = make({'VALUE': 'from dict'})
print(h(), h.__globals__['VALUE'])
print(h.__builtins__ is builtins.__dict__)

class Ns(dict):
    pass
class Ns2(dict):
    def __missing__(self, k):
        return f'missing {k}'
try:
    exec('print(undefined)', Ns())
except NameError as e:
    print('dict subclass globals:', e)
ns = Ns2()
exec('value = undefined', {}, ns)
print(ns['value'])
