import gc

def resource(name):
    print('open', name)
    try:
        yield 1
        yield 2
    finally:
        print('close', name)

g = resource('a')
next(g)
del g
print('after del a')

def consume_partially():
    for x in resource('b'):
        break
    print('loop exited')
consume_partially()

cycle_holder = []
def cyclic():
    g = resource('c')
    next(g)
    cycle_holder.append(g)
    g.self_ref = None
    return g
class Holder:
    pass
h = Holder()
h.gen = resource('d')
next(h.gen)
h.me = h
del h
print('before collect')
gc.collect()
print('after collect')

def gen_in_gen():
    inner = resource('e')
    yield next(inner)
    yield next(inner)
outer = gen_in_gen()
next(outer)
outer = None
print('outer dropped')

def not_started():
    try:
        yield
    finally:
        print('never printed')
ns = not_started()
del ns
print('unstarted dropped')
