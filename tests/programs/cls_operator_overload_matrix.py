class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f'shape mismatch {self.shape} @ {other.shape}')
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o):
        return self.rows == o.rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'
    def transpose(self):
        return Matrix(zip(*self.rows))
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, a + b, 2 * a, a * 3, a[1, 0], a.transpose())
a[0, 0] = 9
print(a, a == Matrix([[9, 2], [3, 4]]))
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as exc:
    print(exc)
