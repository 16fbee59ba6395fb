it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
calls = []
def source():
    calls.append(1)
    return len(calls)
print(list(iter(source, 4)))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 2
        raise IndexError
print(list(iter(Seq())), list(reversed([1, 2, 3])), list(enumerate('ab', 1)))
print(list(zip('abc', range(5))), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip('ab', 'abc', strict=True))
except ValueError as exc:
    print(exc)
print(list(map(pow, [2, 3], [3, 2])), sum([1, 2], 10), any([]), all([]))
print(sorted({'b': 1, 'a': 2}), sorted('cab', reverse=True), min('bca'), max([], default='empty'))
print(list(filter(str.isdigit, 'a1b2')), divmod(-7, 2), abs(-3.5), round(1.2345, 2))
print(isinstance(iter([]), type(iter([]))), callable(next))
print(len(range(0, 10, 3)), list(range(10, 0, -4)), range(5)[-1], 3 in range(5))
print(hash(1) == hash(1.0), type(hash('x')).__name__, id(1) == id(1))
print(ord('A'), chr(97), bin(5), oct(8), hex(255), int('z', 36), format(255, 'b'))
print(repr(slice(1, 2)), bool([]), bool([0]), complex(1, 2).conjugate())
