class CM:
    def __init__(self, name, value=None):
        self.name = name
        self.value = value
    def __enter__(self):
        print('enter', self.name)
        return self.value if self.value is not None else self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

with CM('a', (1, 2)) as (x, y), CM('b', [3]) as [z]:
    print(x, y, z)

with (CM('p') as p,
      CM('q') as q):
    print(p.name, q.name)

d = {}
with CM('c', 5) as d['key']:
    pass
print(d)

class Holder:
    pass
h = Holder()
with CM('d', 6) as h.attr:
    pass
print(h.attr)

try:
    with CM('e'), CM('f'):
        raise KeyError('inner')
except KeyError:
    print('propagated')

def early():
    with CM('g'):
        return 'returned'
print(early())

for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break

class FailingEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('not called')
try:
    with CM('outer'), FailingEnter():
        pass
except RuntimeError as e:
    print(e)
