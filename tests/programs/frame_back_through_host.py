import sys, weakref, gc
def g():
    f = sys._getframe()
    yield f.f_back.f_code.co_name if f.f_back else None
    yield f.f_back.f_code.co_name if f.f_back else None
def driver():
    it = g()
    a = next(it)
    b = [x for x in it]
    return a, b
print(driver())
def keyf(x):
    return sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name
def caller():
    return sorted([1], key=keyf)
print(caller())
class Meta(type):
    def __new__(m, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(m, name, bases, ns)
try:
    class X(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError', e)
class Meta2(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, dict(ns, __classcell__=None) if False else ns)
class Y(metaclass=Meta2):
    def f(self):
        return __class__
print(Y().f())
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def order():
    a = D(1); b = D(2); c = D(3)
    return None
order()
def f(): pass
r = weakref.ref(f, lambda ref: print('f collected'))
del f
print('after del f')
class C:
    def m(self): pass
c = C()
wm = weakref.WeakMethod(c.m, lambda r: print('method dead'))
del c
print('after del c')
def rec(n):
    return sorted([n], key=lambda x: rec(x + 1))
try:
    rec(0)
except RecursionError as e:
    print(e)
def gen_trace():
    yield 1
def tr(frame, event, arg):
    if frame.f_code.co_name == 'gen_trace':
        print('trace', event, frame.f_lineno)
    return tr
sys.settrace(tr)
list(gen_trace())
sys.settrace(None)
