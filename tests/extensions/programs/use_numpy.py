"""NumPy from Python code: creation, dtypes, ufuncs, broadcasting, fancy
indexing, reductions, np.vectorize and np.frompyfunc with Python functions,
Python objects in object arrays, structured arrays, a seeded generator,
np.linalg, and an error raised inside a C call by a Python callback (the
traceback shows the Python frames)."""

import numpy as np

np.set_printoptions(precision=4, suppress=True)

a = np.arange(12, dtype=np.int64).reshape(3, 4)
print(a, a.shape, a.dtype, a.strides, a.ndim, a.size, a.itemsize)
print(np.zeros((2, 3)), np.ones(3, dtype=np.int8), np.full((2, 2), 7.5))
print(np.linspace(0, 1, 5), np.eye(3, dtype=int), np.array([[1, 2], [3, 4]]).T)
print(np.array([1, 2.5, 3]).dtype, np.array([1, 2], dtype=np.float32).dtype,
      np.array(['ab', 'c']).dtype, np.array([1 + 2j]).dtype,
      np.dtype('i4').name, np.dtype([('x', '<f8')]).names, np.array([True]).dtype)
print(a.astype(np.float16)[1], np.int32(7) + np.int64(1), type(a[0, 0]).__name__,
      np.uint8(250) + np.uint8(10), np.iinfo(np.int16), np.finfo(np.float32).eps)

# ufuncs and broadcasting.
print(np.sqrt(a[1]), np.add(a, 10)[2], np.multiply.outer([1, 2], [3, 4, 5]))
print(a + np.array([100, 200, 300, 400]), a * np.array([[1], [2], [3]]))
print(np.maximum(a, 5), np.where(a % 2 == 0, a, -a), np.exp(np.array([0.0, 1.0])))
with np.errstate(divide='ignore', invalid='ignore'):
    print(np.array([1.0, -1.0, 0.0]) / 0.0)
print(np.add.reduce(a, axis=0), np.add.accumulate([1, 2, 3]))
try:
    a + np.ones(3)
except ValueError as exc:
    print('ValueError:', exc)

# Indexing.
print(a[1:, ::2], a[[0, 2], [1, 3]], a[a > 6], a[:, [True, False, True, False]])
b = a.copy()
b[b % 3 == 0] = -1
b[0, [1, 2]] += 100
print(b, np.shares_memory(a, a[1]), np.shares_memory(a, b), a[..., 1], a[None, 0].shape)
view = a[:, 1]
view[0] = 99
print(a[0], a.flags['C_CONTIGUOUS'], view.flags['C_CONTIGUOUS'])

# Reductions.
f = np.array([[1.5, -2.0, 3.25], [4.0, 0.5, -1.0]])
print(f.sum(), f.sum(axis=1), f.mean(axis=0), f.std(), f.min(), f.argmax(),
      np.cumsum(f), np.prod(f, axis=0), f.any(), (f > 0).all(axis=1))
print(np.sort(f, axis=None), np.argsort(f[0]), np.unique([3, 1, 3, 2, 1], return_counts=True))
print(np.median(f), np.percentile(f, 50), np.histogram([1, 2, 2, 3, 5], bins=2))


# Python functions inside NumPy's C loops.
def clipped_square(x, limit=20):
    return x * x if x * x < limit else limit


vsq = np.vectorize(clipped_square)
print(vsq(np.arange(6)), vsq(np.arange(6), limit=9), vsq.__name__ if hasattr(vsq, '__name__') else '')
vpair = np.vectorize(lambda x, y: (x + y, x - y), otypes=[float, float])
print(vpair([1, 2], [[10], [20]]))


def gcd(x, y):
    while y:
        x, y = y, x % y
    return x


ugcd = np.frompyfunc(gcd, 2, 1)
print(ugcd, ugcd.nin, ugcd.nout, ugcd([12, 18, 35], [8, 24, 14]), ugcd.reduce([12, 18, 30]))
print(ugcd.outer([4, 6], [6, 9]).astype(int))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    __radd__ = __add__

    def __mul__(self, k):
        return Money(self.cents * k)

    def __lt__(self, other):
        return self.cents < other.cents

    def __ge__(self, other):
        return self.cents >= other.cents

    def __repr__(self):
        return f'${self.cents / 100:.2f}'


wallet = np.array([Money(150), Money(99), Money(1000)], dtype=object)
print(wallet.sum(), wallet * 2, np.sort(wallet), wallet.max(), wallet.dtype)
print(np.apply_along_axis(lambda row: row.sum() * 2, 1, a),
      np.fromiter((x * x for x in range(5)), dtype=np.int32),
      np.array(sorted(range(5), key=lambda v: -v)))

# Structured arrays.
people = np.array([('ann', 31, 1.62), ('bob', 25, 1.80), ('cy', 40, 1.75)],
                  dtype=[('name', 'U10'), ('age', 'i4'), ('height', 'f8')])
print(people, people.dtype, people['age'].mean())
print(np.sort(people, order='age')['name'], people[people['height'] > 1.7]['name'],
      people[1], people[1]['name'], people.dtype.fields['age'])
rec = people.view(np.recarray)
print(rec.age + 1, rec[0].name)

# Random numbers from a seeded generator.
rng = np.random.default_rng(12345)
print(rng.integers(0, 100, size=5), rng.random(3), rng.normal(size=2))
print(rng.choice(['a', 'b', 'c'], size=4), rng.permutation(5))
rng2 = np.random.default_rng(12345)
print(rng2.integers(0, 100, size=5))

# Linear algebra.
m = np.array([[4.0, 1.0], [2.0, 3.0]])
rhs = np.array([1.0, 2.0])
print(np.linalg.solve(m, rhs), np.linalg.det(m), np.linalg.inv(m))
values = np.linalg.eigvals(m)
print(np.sort(values), np.linalg.norm(m), m @ m, np.dot(rhs, rhs), np.linalg.matrix_rank(m))
q, r = np.linalg.qr(m)
print(np.allclose(q @ r, m), np.linalg.svd(m, compute_uv=False))
try:
    np.linalg.inv(np.zeros((2, 2)))
except np.linalg.LinAlgError as exc:
    print('LinAlgError:', exc)

# Errors from NumPy's C code, and from Python code NumPy's C code called.
for action in [lambda: np.zeros(3).reshape(2, 2), lambda: np.array([1, 2])[5],
               lambda: np.empty((-1,)), lambda: np.dtype('nonsense'),
               lambda: np.add(1, 2, out=np.zeros(1, dtype=np.int8), casting='no')]:
    try:
        action()
    except Exception as exc:
        print(type(exc).__name__ + ':', exc)


def fragile(x):
    if x == 3:
        raise ArithmeticError(f'fragile({x})')
    return x * 10


try:
    np.frompyfunc(fragile, 1, 1)(np.arange(5))
except ArithmeticError as exc:
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('ArithmeticError:', exc, names)


def explode(x):
    return {'nope': x}[x]


np.vectorize(explode, otypes=[int])(np.array([1, 2]))
