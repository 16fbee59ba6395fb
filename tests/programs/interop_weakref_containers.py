import weakref
import gc

class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Item({self.name})'

cache = weakref.WeakValueDictionary()
a, b = Item('a'), Item('b')
cache['a'], cache['b'] = a, b
print(sorted(cache.keys()))
del a
gc.collect()
print(sorted(cache.keys()), cache.get('a'))

meta = weakref.WeakKeyDictionary()
k = Item('key')
meta[k] = 'metadata'
print(len(meta), meta[k])
del k
gc.collect()
print(len(meta))

ws = weakref.WeakSet()
items = [Item(i) for i in range(3)]
for it in items:
    ws.add(it)
print(len(ws))
items.pop()
gc.collect()
print(len(ws))

class Owner:
    def method(self):
        return 'called'
o = Owner()
wm = weakref.WeakMethod(o.method)
print(wm()())
del o
gc.collect()
print(wm())
proxy_target = Item('proxied')
px = weakref.proxy(proxy_target)
print(px.name, repr(px).startswith('<weakproxy at'))
del proxy_target
gc.collect()
try:
    px.name
except ReferenceError as e:
    print('ReferenceError', e)
def f():
    pass
r = weakref.ref(f)
print(r() is f, weakref.getweakrefcount(f))
fin = weakref.finalize(Item('x'), lambda: print('finalizer ran'))
gc.collect()
print(fin.alive)
