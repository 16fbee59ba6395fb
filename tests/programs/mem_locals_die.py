import gc
import weakref

class Tracked:
    instances = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)

def function_scope():
    t = Tracked('function local')
    return 'returned'

print(function_scope())
print('after call')

def except_as():
    try:
        raise ValueError(Tracked('in exception'))
    except ValueError as e:
        print('handling')
    print('e bound?', 'e' in locals())
except_as()
print('after except_as')

def loop_var():
    for t in [Tracked('loop 1'), Tracked('loop 2')]:
        pass
    print('loop done, t is', t.name)
loop_var()
print('after loop_var')

def generator_locals():
    g = (Tracked(f'gen item {i}') for i in range(2))
    for item in g:
        print('got', item.name)
generator_locals()
print('after generator')

def traceback_does_not_keep():
    def inner():
        local = Tracked('frame local of raiser')
        raise RuntimeError('x')
    try:
        inner()
    except RuntimeError:
        pass
traceback_does_not_keep()
gc.collect()
print('end')
