def f(a, b=2):
    c = 3
    print(sorted(dir()))
    print(sorted(locals()))
    print(sorted(vars()))
    def g():
        print(sorted(dir()))
        return c
    g()
f(1)

class K:
    x = 1
    print(sorted(n for n in dir() if not n.startswith('__')))
    print(sorted(locals()) == sorted(vars()))
    def m(self):
        pass
print([n for n in dir(K) if not n.startswith('__')])
k = K()
k.inst = 1
print(vars(k), 'inst' in dir(k))
try:
    vars(5)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
try:
    dir(1, 2)
except TypeError as e:
    print(e)
import math
print('pi' in dir(math), vars(math) is math.__dict__)
print(sorted(k for k in dir() if not k.startswith('__')))
class Custom:
    def __dir__(self):
        return ['z', 'a']
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(e)
def comp():
    q = 1
    return [sorted(locals()) for _ in range(1)]
print(comp())
print(sorted(globals())[:3])
