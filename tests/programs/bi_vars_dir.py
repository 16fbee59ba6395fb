class A:
    x = 1
    def m(self):
        pass
a = A()
a.y = 2
print(vars(a), sorted(k for k in vars(A) if not k.startswith('__')))
print([n for n in dir(a) if not n.startswith('__')])
print(sorted(dir())[:5])
def f():
    local1 = 1
    local2 = 2
    return dir(), vars()
print(f())
import math
print('sqrt' in dir(math), 'pi' in vars(math))
try:
    vars(1)
except TypeError as exc:
    print(exc)
class Custom:
    def __dir__(self):
        return ['z', 'a', 'a']
print(dir(Custom()))
print(type(vars(A)).__name__)
