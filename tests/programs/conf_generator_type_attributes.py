# The generator types' methods and attributes carry the host types'
# docstrings, their read-only attributes fail as CPython's getset
# descriptors do, and a generator's frame is of type 'frame'.
# (test_generators doctest __test__.email, test_coroutines
# CoroutineTest.test_corotype_1.)
import types


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


g = gen()
c = coro()
a = agen()
for kind, obj, attrs in (
        ('generator', g, ('send', 'throw', 'close', '__next__', '__iter__',
                          'gi_yieldfrom')),
        ('coroutine', c, ('send', 'throw', 'close', '__await__',
                          'cr_await')),
        ('async_generator', a, ('asend', 'athrow', 'aclose', '__aiter__',
                                '__anext__', 'ag_await'))):
    cls = type(obj)
    print(kind, cls.__name__, cls.__qualname__)
    for attr in attrs:
        print('  ', attr, repr(getattr(cls, attr).__doc__))
    for attr in ('__name__', '__qualname__'):
        print('  ', attr, repr(cls.__dict__[attr].__doc__))
    prefix = {'generator': 'gi', 'coroutine': 'cr',
              'async_generator': 'ag'}[kind]
    for attr in ('running', 'frame', 'suspended'):
        name = prefix + '_' + attr
        if not hasattr(obj, name):
            continue
        for action in ('set', 'delete'):
            try:
                if action == 'set':
                    setattr(obj, name, 42)
                else:
                    delattr(obj, name)
            except AttributeError as exc:
                print('  ', action, name, 'AttributeError:', exc)

print(type(g.gi_frame), type(c.cr_frame))
print(types.CoroutineType.__name__, types.GeneratorType.__name__)
g.__name__ = 'renamed'
g.__qualname__ = 'also.renamed'
print(g.__name__, g.__qualname__)
for bad in (None, 3):
    for attr in ('__name__', '__qualname__'):
        try:
            setattr(g, attr, bad)
        except TypeError as exc:
            print('TypeError:', exc)
c.close()
