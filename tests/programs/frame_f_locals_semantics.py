import sys

def snapshot():
    a = 1
    f = sys._getframe()
    loc = f.f_locals
    b = 2
    print(sorted(loc))
    loc2 = f.f_locals
    print(sorted(loc2), loc is loc2)
    loc['a'] = 100
    print(a)
    loc['new'] = 5
    print('new' in f.f_locals)

snapshot()

def cells():
    x = 'cell'
    def inner():
        return x
    f = sys._getframe()
    print(sorted(f.f_locals), f.f_locals['x'])
    return inner

cells()

def inner_sees_free():
    y = 'free'
    def inner():
        y
        return sys._getframe().f_locals
    return inner()
print(inner_sees_free())

print(sys._getframe().f_locals is globals())
class K:
    z = 1
    print(sorted(sys._getframe().f_locals))
    sys._getframe().f_locals['injected'] = 2
print(K.injected)

def caller_locals():
    return sys._getframe(1).f_locals
def uses():
    secret = 42
    return caller_locals()['secret']
print(uses())

def unbound_excluded():
    present = 1
    f = sys._getframe()
    if False:
        absent = 2
    return sorted(f.f_locals)
print(unbound_excluded())
def deleted_excluded():
    gone = 1
    del gone
    return sorted(locals())
print(deleted_excluded())
