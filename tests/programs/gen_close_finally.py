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
print('after del')

def holder():
    g = resource('b')
    next(g)
    print('leaving holder')

holder()
print('after holder')

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as exc:
    print(exc)

def cycle():
    g = resource('c')
    next(g)
    g.me = None
    return g

lst = [resource('d')]
next(lst[0])
lst.append(lst)
del lst
gc.collect()
print('end')
