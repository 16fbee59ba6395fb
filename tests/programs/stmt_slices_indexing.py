s = list(range(10))
print(s[2:5], s[:3], s[7:], s[::3], s[::-2], s[-3:], s[1:-1:2], s[100:], s[-100:2])
s[2:4] = ['a', 'b', 'c']
print(s)
s[::2] = [0] * len(s[::2])
print(s)
del s[1:3]
print(s)
try:
    s[::2] = [1]
except ValueError as exc:
    print(exc)
class Sliced:
    def __getitem__(self, key):
        return key
print(Sliced()[1:2], Sliced()[1:2:3], Sliced()[::], Sliced()[1, 2:3], Sliced()[...])
t = 'hello world'
print(t[::-1], t[6:], t[:5].upper())
import array
a = array.array('i', range(5))
print(a[1:3].tolist(), memoryview(b'abcdef')[2:4].tobytes())
print([1, 2, 3][-1], (1, 2, 3)[-2:], 'xyz'[slice(1, None)])
try:
    [][0]
except IndexError as exc:
    print(exc)
try:
    'abc'['x']
except TypeError as exc:
    print(exc)
