class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print('set', key, value)
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, None], r['a':'b':'c'])
r[1:2] = 'x'
r[::-1, 0] = 'y'
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), list(range(10))[s])
data = list(range(10))
print(data[-3:], data[:-7], data[::-3], data[100:], data[-100:2])
data[2:5] = ['a']
print(data)
data[::3] = [0] * len(data[::3])
print(data)
try:
    data[::2] = [1]
except ValueError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    'abc'['x']
except TypeError as e:
    print(e)
try:
    {}[[1]]
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    len[0]
except TypeError as e:
    print(e)
class ClassGetItemOnly:
    def __class_getitem__(cls, item):
        return f'class item {item}'
print(ClassGetItemOnly[int])
try:
    ClassGetItemOnly()[0]
except TypeError as e:
    print(e)
text = 'hello world'
print(text[::-1], text[-5:], text[3:8:2], text[slice(None, 5)])
print(bytearray(b'abcdef')[1::2], memoryview(b'abcdef')[2:4].tobytes(), range(10)[2:8:3])
t = (1, 2, 3, 4)
print(t[1:-1], t[::-2])
