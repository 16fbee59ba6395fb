class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def three_locals():
    first = Noisy('first')
    second = Noisy('second')
    third = Noisy('third')
    print('returning')
    return None

three_locals()
print('after return')

def returns_one():
    keep = Noisy('kept')
    drop = Noisy('dropped')
    return keep
k = returns_one()
print('holding', k.name)
del k

def args_and_locals(a, b):
    c = Noisy('local c')
    return 'done'
print(args_and_locals(Noisy('arg a'), Noisy('arg b')))

def rebinding():
    x = Noisy('x1')
    x = Noisy('x2')
    print('rebound')
rebinding()

def loop_var():
    for i in range(2):
        item = Noisy(f'item{i}')
    print('loop over')
loop_var()
class Holder:
    def method(self):
        temp = Noisy('method temp')
        return 'method done'
print(Holder().method())
def cells():
    shared = Noisy('cell')
    def inner():
        return shared
    return 'cells done'
print(cells())
def exception_exit():
    local = Noisy('exception local')
    raise ValueError
try:
    exception_exit()
except ValueError:
    print('handling')
print('end')
