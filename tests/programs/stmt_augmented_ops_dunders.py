class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __iadd__(self, other):
        print('iadd')
        self.c = [a + b for a, b in zip(self.c, other.c)]
        return self
    def __add__(self, other):
        print('add')
        return Vec(*[a + b for a, b in zip(self.c, other.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        print('rmul')
        return self * k
    def __imatmul__(self, other):
        print('imatmul')
        return sum(a * b for a, b in zip(self.c, other.c))
    def __repr__(self):
        return f'Vec{tuple(self.c)}'

v = Vec(1, 2)
orig = v
v += Vec(1, 1)
print(v, v is orig)
v *= 3
print(v, v is orig)
w = 2 * v
print(w)
v @= Vec(1, 1)
print(v)

class OnlyAdd:
    def __add__(self, o):
        return 'added'
x = OnlyAdd()
x += 1
print(x)

class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fallback add'
y = NotImpl()
y += 1
print(y)
t = (1,)
t += (2,)
print(t)
s = 'a'
s *= 3
print(s)
n = 7
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 7.5
f /= 2; print(f)
l = [1]
l += 'ab'
print(l)
try:
    t2 = (1,)
    t2 += [2]
except TypeError as e:
    print(e)
try:
    z = None
    z += 1
except TypeError as e:
    print(e)
d = {'k': [1]}
d['k'] += [2]
print(d)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(e, tup)
