import sys, gc, weakref
# exceptions in __del__ during gc
class Bad:
    def __del__(self):
        raise ValueError('in del')
b = Bad()
del b
print('after bad del')
# resurrection
saved = []
class Phoenix:
    def __del__(self):
        saved.append(self)
        print('resurrected')
p = Phoenix()
del p
print(len(saved))
saved.clear()
print('cleared again')
# generator cycle with finally
def gcycle():
    try:
        yield
    finally:
        print('gcycle finally')
g = gcycle()
next(g)
l = [g]
l.append(l)
del g, l
gc.collect()
print('collected')
# exception in __exit__ while handling
class Ex:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError('exit')
try:
    with Ex():
        raise ValueError('body')
except KeyError as e:
    print(repr(e.__context__))
# KeyboardInterrupt-like BaseException passes except Exception
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('wrong')
except BaseException as e:
    print('base', type(e).__name__)
# finalizer
import weakref
class Obj: pass
o = Obj()
weakref.finalize(o, print, 'finalized')
del o
print('after finalize')
f2 = weakref.finalize(Obj(), print, 'atexit finalize')
keep = Obj()
weakref.finalize(keep, print, 'finalize at exit')
# callback order
class T: pass
t = T()
r1 = weakref.ref(t, lambda r: print('cb1'))
r2 = weakref.ref(t, lambda r: print('cb2'))
del t
# nested function cell cycle
def mk():
    def a(): return b
    def b(): return a
    return a
x = mk()
w = weakref.ref(x)
del x
gc.collect()
print(w())
print(sys.getrefcount(None) > 0)
