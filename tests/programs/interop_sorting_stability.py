records = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1], reverse=True))
class Rec:
    def __init__(self, k, v):
        self.k, self.v = k, v
    def __repr__(self):
        return f'{self.k}{self.v}'
rs = [Rec(k, v) for k, v in records]
rs.sort(key=lambda r: (r.v, r.k))
print(rs)
import operator
print(sorted(records, key=operator.itemgetter(1, 0)))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
try:
    sorted([1, 'a'])
except TypeError as exc:
    print(exc)
class Uncomparable:
    pass
try:
    sorted([Uncomparable(), Uncomparable()])
except TypeError as exc:
    print(exc)
