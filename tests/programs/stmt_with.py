class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return self.swallow

with Manager('a') as value:
    print('body', value)

with Manager('b', swallow=True):
    raise ValueError('hidden')
print('continued')

try:
    with Manager('c'):
        raise KeyError('shown')
except KeyError as exc:
    print('propagated', exc)

with Manager('d') as d, Manager('e') as e:
    print(d, e)

def early():
    with Manager('f'):
        return 'returned'
print(early())

for i in range(3):
    with Manager(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break

try:
    with 42:
        pass
except TypeError as exc:
    print(exc)

import contextlib

@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    finally:
        print(f'</{name}>')

with tag('p') as t:
    print('inside', t)

with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
