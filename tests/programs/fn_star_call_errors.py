def f(*args, **kwargs):
    return args, kwargs

def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError:', e)

show(lambda: f(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
show(lambda: f(*1))
show(lambda: f(**1))
show(lambda: f(**{'a': 1}, **{'a': 2}))
show(lambda: f(a=1, **{'a': 2}))
show(lambda: f(**{1: 2}))
show(lambda: print(*None))
show(lambda: len(*[1, 2]))

class Mapping:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2

show(lambda: f(**Mapping()))

class NoKeys:
    def __getitem__(self, k):
        return 1

show(lambda: f(**NoKeys()))

def gen():
    yield 1
    yield 2
show(lambda: f(*gen(), *range(3)))

class Obj:
    def meth(self, x):
        return x
show(lambda: Obj().meth(*[1, 2]))
show(lambda: Obj().meth(**{'y': 1}))
