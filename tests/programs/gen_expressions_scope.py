x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
outer = [1, 2]
gen = (a for a in outer)
outer = [3, 4]
print(list(gen))
class C:
    vals = [1, 2, 3]
    gen = list(v * 2 for v in vals)
print(C.gen)
try:
    class D:
        k = 3
        out = list(k * v for v in range(2))
except NameError as exc:
    print('NameError', exc)
def f():
    y = 5
    return list(y + z for z in range(2))
print(f())
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
print({i: [j for j in range(i)] for i in range(3)})
g2 = (i for i in range(3))
print(g2.gi_frame.f_code.co_name, list(g2), g2.gi_frame)
try:
    list(1 / 0 for _ in range(1))
except ZeroDivisionError as exc:
    print('ZeroDivisionError', exc)
try:
    (i for i in 5)
except TypeError as exc:
    print(exc)
