class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f'V{self.c}'
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __contains__(self, x):
        return x in self.c
    def __bool__(self):
        return any(self.c)
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __call__(self, i):
        return self.c[i] * 100
    def __format__(self, spec):
        return 'V<' + ','.join(format(a, spec) for a in self.c) + '>'

a, b = V(1, 2), V(3, 4)
print(a + b, 3 * a, a * 2, -a, abs(V(3, 4)), len(a), a[1], list(a))
print(2 in a, 5 in a, bool(V(0, 0)), bool(a), a == V(1, 2), {a: 1}[V(1, 2)])
print(sum([a, b]), a @ b, a(1), f'{a:03d}')
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as exc:
    print(exc)
try:
    a < b
except TypeError as exc:
    print(exc)
print(sorted([V(2), V(1)], key=lambda v: v[0]), max(a), min(b))
x, y = a
print(x, y, [*a, *b])

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print('gt', self.v, o.v)
        return self.v > o.v
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2))
