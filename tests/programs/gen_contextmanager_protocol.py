from contextlib import contextmanager, closing

@contextmanager
def tag(name):
    print(f'<{name}>')
    yield name
    print(f'</{name}>')

with tag('a'):
    with tag('b') as b:
        print('inside', b)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise ValueError('transformed') from e
try:
    with transform():
        raise KeyError('k')
except ValueError as e:
    print(repr(e), repr(e.__cause__))

@contextmanager
def reraise_stop():
    yield
try:
    with reraise_stop():
        raise StopIteration('inner stop')
except StopIteration as e:
    print('stop survived', e)

class Thing:
    def close(self):
        print('closed thing')
with closing(Thing()):
    print('using thing')

@tag('decorated')
def func():
    print('in func')
func()
func()
