import gc
import weakref

class Obj:
    pass

def make_function_cycle():
    o = Obj()
    def f():
        return o
    o.f = f
    return weakref.ref(o)

def make_generator_cycle():
    def gen():
        me = yield
        yield me
    g = gen()
    next(g)
    g.send(g)
    holder = Obj()
    holder.g = g
    return weakref.ref(holder)

def make_frame_cycle():
    import sys
    o = Obj()
    o.frame = sys._getframe()
    return weakref.ref(o)

refs = [make_function_cycle(), make_generator_cycle(), make_frame_cycle()]
gc.collect()
print([r() is None for r in refs])

class WithDel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = WithDel('a'); b = WithDel('b')
a.partner, b.partner = b, a
del a, b
gc.collect()
print('collected cycle with __del__')

def suspended_gen_cycle():
    def gen():
        try:
            yield 1
        finally:
            print('gen finally on collection')
    g = gen()
    next(g)
    box = Obj()
    box.g = g
    box.self = box
suspended_gen_cycle()
gc.collect()
print('end')
