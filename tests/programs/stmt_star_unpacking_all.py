a, *b, c = range(6)
print(a, b, c)
*init, last = 'hello'
print(init, last)
first, *rest = [1]
print(first, rest)
(x, y), *z = [(1, 2), 3, 4]
print(x, y, z)
print([*range(3), *'ab'], (*[1], 2), {*'aa', 3})
print({**{'a': 1}, 'b': 2, **dict(c=3)})
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
def f(*args):
    return args
print(f(*[1, 2], 3, *()))
def show(thunk):
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def unpack_short():
    a, b, *c = [1]
def unpack_long():
    a, b = [1, 2, 3]
def unpack_short2():
    a, b = [1]
def unpack_none():
    a, b = None
def unpack_int():
    a, *b = 5
def unpack_iter_long():
    a, b = iter(range(5))
show(unpack_short)
show(unpack_long)
show(unpack_short2)
show(unpack_none)
show(unpack_int)
show(unpack_iter_long)
d = {}
d['k'], d['j'] = 'xy'
print(d)
class O:
    pass
o = O()
o.a, [o.b, o.c] = 1, (2, 3)
print(vars(o))
l = [0, 0, 0]
l[0], l[1:] = 9, [8, 7, 6]
print(l)
i = 0
i, l[i] = 2, 'two'
print(i, l)
