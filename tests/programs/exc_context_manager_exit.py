class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, typ, val, tb):
        print('exit', typ.__name__ if typ else None, val, tb is not None)
        return typ is not None and issubclass(typ, self.types)

with Suppress(KeyError) as s:
    raise KeyError('gone')
print('after', type(s).__name__)
try:
    with Suppress(KeyError):
        raise ValueError('kept')
except ValueError as e:
    print('propagated', e)

class Replace:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with Replace():
        raise ValueError('orig')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self):
        pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)

from contextlib import suppress, ExitStack, nullcontext, contextmanager
with suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    print('in stack')

@contextmanager
def managed(name):
    print('open', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('handled in gen', e)
    finally:
        print('close', name)
with managed('a') as v:
    print(v)
with managed('b'):
    raise ValueError('inside')
try:
    with managed('c'):
        raise KeyError('passes')
except KeyError as e:
    print('outer', e)
with nullcontext(5) as n:
    print(n)
with Suppress(), Suppress(IndexError):
    [][0]
print('multi done')
class TruthyExit:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 'yes'
def f():
    with TruthyExit():
        raise ValueError
    return 'continued'
print(f())
