import weakref
import gc

class Obj:
    def __init__(self, name):
        self.name = name

log = []
def cb_factory(name):
    return lambda ref: log.append(f'callback {name}')

def scope():
    a = Obj('a')
    b = Obj('b')
    ra = weakref.ref(a, cb_factory('a'))
    rb = weakref.ref(b, cb_factory('b'))
    log.append('leaving scope')
    return ra, rb
refs = scope()
log.append('after scope')
print(log)
log.clear()

x = Obj('x')
r = weakref.ref(x, cb_factory('x'))
x = Obj('replacement')
log.append('after rebinding')
print(log)
log.clear()

items = [Obj(i) for i in range(3)]
rs = [weakref.ref(o, cb_factory(o.name)) for o in items]
del items[1]
log.append('after del items[1]')
items.clear()
log.append('after clear')
print(log)
log.clear()

class Cyclic:
    def __init__(self):
        self.me = self
c = Cyclic()
rc = weakref.ref(c, cb_factory('cyclic'))
del c
log.append('before gc')
gc.collect()
log.append('after gc')
print(log)
log.clear()

def exc_scope():
    o = Obj('in-exception')
    ro = weakref.ref(o, cb_factory('exc'))
    try:
        raise ValueError
    except ValueError:
        del o
        log.append('deleted in handler')
    return ro
exc_scope()
print(log)
