import gc
import sys
import weakref

class Marker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('collected', self.name)

def frame_cycle():
    m = Marker('frame-local')
    me = sys._getframe()
    return weakref.ref(m)
r = frame_cycle()
gc.collect()
print('frame cycle gone', r() is None)

def self_gen():
    m = Marker('gen-local')
    g = yield
    yield g
gen = self_gen()
next(gen)
gen.send(gen)
del gen
gc.collect()
print('generator cycle done')

def closure_cycle():
    m = Marker('closure')
    def f():
        return f, m
    return weakref.ref(f)
wf = closure_cycle()
gc.collect()
print('closure cycle gone', wf() is None)

class Node:
    def __init__(self, name):
        self.marker = Marker(name)
        self.peer = None
a, b = Node('a'), Node('b')
a.peer, b.peer = b, a
del a, b
print('before collect')
gc.collect()
print('after collect')

def exception_cycle():
    m = Marker('exception-frame')
    try:
        raise ValueError
    except ValueError as e:
        saved = e
    return weakref.ref(m)
we = exception_cycle()
gc.collect()
print('exception cycle gone', we() is None)

async def coro_self():
    m = Marker('coroutine')
    return m
c = coro_self()
holder = [c]
holder.append(holder)
del c, holder
import warnings
warnings.simplefilter('ignore')
gc.collect()
print('coroutine collected')
