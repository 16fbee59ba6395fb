class Obj:
    def __init__(self):
        self.v = 1
        self.items = [1, 2]
o = Obj()
o.v += 5
o.items[0] *= 10
o.items += [3]
print(o.v, o.items)
d = {'a': [1]}
d['a'] += [2]
d.setdefault('b', 0)
d['b'] -= 1
print(d)
class Logged:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print('get', k)
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print('set', k, v)
        self.data[k] = v
l = Logged()
l['x'] += 5
l['x'] **= 2
print(l.data)
x = 10
x //= 3; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 14; x ^= 5
print(x)
s = 'a'
s *= 3
f = 1.5
f /= 2
print(s, f)
t = (1,)
t += (2,)
print(t)
