class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def f():
    a = D('a')
    b = D('b')
    c = D('c')
    print('returning')
f()
print('--')
def g():
    items = [D('x'), D('y')]
    items.pop()
    print('popped')
g()
print('--')
x = D('global1')
x = D('global2')
print('--')
d = {'k': D('in dict')}
d['k'] = None
print('--')
def h():
    try:
        obj = D('exc payload')
        raise ValueError(obj)
    except ValueError:
        pass
    print('handled')
h()
print('--')
t = (D('t1'), D('t2'))
del t
print('end of program')
