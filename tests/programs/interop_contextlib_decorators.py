import contextlib

class tracked(contextlib.ContextDecorator):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

@tracked('decorated')
def work(x):
    print('working', x)
    return x * 2

print(work(3))
with tracked('block'):
    print('inside block')

@contextlib.contextmanager
def timer(label):
    print('start', label)
    yield
    print('stop', label)

@timer('as decorator')
def job():
    print('job body')
job()
job()

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closed', self.name)

with contextlib.ExitStack() as stack:
    resources = [stack.enter_context(contextlib.closing(Resource(n))) for n in 'ab']
    stack.callback(print, 'callback registered last runs first')
    print([r.name for r in resources])

with contextlib.ExitStack() as outer:
    inner = contextlib.ExitStack()
    inner.callback(print, 'moved callback')
    moved = inner.pop_all()
print('before moved close')
moved.close()

@contextlib.contextmanager
def suppressing():
    try:
        yield
    except ZeroDivisionError:
        print('suppressed in generator')
with suppressing():
    1 / 0
print(contextlib.suppress(KeyError).__class__.__name__)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('chdir' in dir(contextlib))
