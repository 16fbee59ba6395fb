def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print([classify(n) for n in (-5, 0, 3, 99)])
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
print(Truthy(True) and 'yes', Truthy(False) or 'fallback')
print(not Truthy(False), [x for x in (Truthy(True), Truthy(False)) if x])
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), 'empty' if not LenOnly() else 'full')
a, b = 0, ''
print(a or b or 'default', a and b, 5 and 6, [] or {} or ())
x = 5
print('in range' if 0 < x < 10 else 'out', x if x > 3 else -x)
class BadBool:
    def __bool__(self):
        return 'yes'
try:
    if BadBool():
        pass
except TypeError as exc:
    print(exc)
print(None is None, 1 is not None, type(None).__name__)
