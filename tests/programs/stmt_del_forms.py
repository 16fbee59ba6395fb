x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O:
    pass
o = O()
o.a = o.b = 1
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(e)
a, b, c = 1, 2, 3
del (a, b), [c]
print('a' in globals(), 'c' in globals())
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())
def del_in_loop():
    for i in range(2):
        temp = i
        del temp
    return 'temp' in locals()
print(del_in_loop())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print(e)
class NoDel:
    def __getitem__(self, k):
        return k
try:
    del NoDel()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Deleter:
    def __delitem__(self, k):
        print('delitem', k)
del Deleter()[1:2, 'x']
