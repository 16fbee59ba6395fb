def f(a, b=2, **kw):
    return a, b, kw

def attempt(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError:', e)

attempt(lambda: f(1, **{'b': 3, 'c': 4}))
attempt(lambda: f(**{'a': 1}, a=2))
attempt(lambda: f(1, a=2))
attempt(lambda: f(1, **{'a': 5}))
attempt(lambda: f(1, b=2, **{'b': 3}))
attempt(lambda: f(z=1))
attempt(lambda: f(1, **{'z': 1}, **{'y': 2}))
print(list(f(0, x=1, y=2, z=3)[2]))
kwargs = {'y': 1, 'x': 2}
print(list(f(0, **kwargs)[2]))
def only_kw(*, key):
    return key
attempt(lambda: only_kw(1))
attempt(lambda: only_kw(**{'key': 1, 'other': 2}))
def g(**kw):
    kw['added'] = 1
    return kw
source = {'x': 1}
print(g(**source), source)
class Weird(dict):
    def keys(self):
        return ['a', 'a']
attempt(lambda: f(**Weird(a=1)))
attempt(lambda: dict(**{'a': 1}, **{'a': 2}))
attempt(lambda: print(**{'sep': '-', 'end': '!\n'}))
print(f(*(1,), **{'b': 9}))
def pos_only(a, /, **kw):
    return a, kw
print(pos_only(1, a=2))
