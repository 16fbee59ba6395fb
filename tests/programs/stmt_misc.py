import math
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6)
print(f'{x:>5}|{x!r}|{math.pi:.3f}|{"nested " + str(x)}|{x=}')
del x
try:
    x
except NameError as exc:
    print(exc)

def g():
    global counter
    counter = 1

g()
print(counter)
assert counter == 1, 'never'
try:
    assert counter == 2, 'counter is not 2'
except AssertionError as exc:
    print('AssertionError', exc)
lst = [1, 2, 3]
lst[1:2] = ['a', 'b']
del lst[0]
print(lst, lst[::-1], lst[-1])
d = {'a': 1}
d['b'] = d.get('b', 0) + 2
d |= {'c': 3}
print(d)
s = 'abc'
s += 'def'
n = 7
n **= 2
n //= 3
n %= 10
n <<= 2
n ^= 1
print(s, n, -n, ~n, not n, +n)
print(int('ff', 16), hex(255), 10 / 4, 10 // 4, 2 ** -1, divmod(17, 5))
print(True and 'yes' or 'no', None or 0 or 'last', 'a' if n else 'b')
a = b = c = [0]
print(a is b is c)
while n > 0:
    n -= 3
else:
    print('while else', n)
for i in []:
    pass
else:
    print('for else')
try:
    [].pop()
except IndexError as exc:
    print(exc)
print(*range(3), sep='-', end='!\n')
import sys
print(sys.implementation.name in ('cpython', 'ophis'))
