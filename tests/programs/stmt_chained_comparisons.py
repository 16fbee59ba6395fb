calls = []
def v(x):
    calls.append(x)
    return x

print(v(1) < v(2) < v(3))
print(calls); calls.clear()
print(v(3) < v(2) < v(1))
print(calls); calls.clear()
print(1 < 2 > 1 == 1 != 2 <= 2 >= 2)
print(1 in [1] not in [[2]])
print(None is None is not False)
x = 5
print(0 < x <= 10, 0 < x < 5)

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f'{self.n} < {other.n}')
        return self.n < other.n
    def __bool__(self):
        print('bool called')
        return True
print(Loud(1) < Loud(2) < Loud(3))

class Weird:
    def __lt__(self, other):
        return 'truthy'
print(Weird() < Weird())
print(Weird() < Weird() < Weird())
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    [] < {}
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), [1, 2] == [1, 2.0], 'abc' < 'abd')
print(float('nan') == float('nan'), float('nan') != float('nan'))
a = [1]
print(a == a, a is a, [] is [])
class Eq:
    def __eq__(self, o):
        return NotImplemented
print(Eq() == Eq(), Eq() != Eq())
