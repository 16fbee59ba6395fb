class Leaky:
    def __del__(self):
        raise RuntimeError('in __del__')
def make():
    Leaky()
make()
print('after unraisable')
import weakref
class Obj:
    pass
o = Obj()
r = weakref.ref(o, lambda ref: 1 / 0)
del o
print('after weakref callback')
def gen():
    try:
        yield 1
    finally:
        raise KeyError('from generator finally')
g = gen()
next(g)
del g
print('end')
