import gc
import weakref

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def scope():
    n = Noisy('local')
    print('in scope')

scope()
print('after scope')
a = Noisy('rebound')
a = None
print('after rebind')
lst = [Noisy('in list')]
lst.clear()
print('after clear')

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('collected', self.name)

x, y = Node('x'), Node('y')
x.other, y.other = y, x
del x, y
print('cycle made')
gc.collect()
print('after collect')

obj = Noisy('weak')
r = weakref.ref(obj, lambda ref: print('callback', ref() is None))
print(r() is obj)
del obj
print('weak gone', r())

d = weakref.WeakValueDictionary()
k = Noisy('wvd')
d['k'] = k
print(list(d))
del k
print(list(d))

def make_closure():
    big = Noisy('closed over')
    def use():
        return big.name
    return use

fn = make_closure()
print(fn())
del fn
print('end')
