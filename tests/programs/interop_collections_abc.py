import collections.abc as cabc

class MyMapping(cabc.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

m = MyMapping({'a': 1, 'b': 2})
print(dict(m), m.get('c', 'none'), 'a' in m, list(m.items()), m == {'a': 1, 'b': 2})

class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
s = MySeq()
print(list(s), s.index(20), s.count(10), list(reversed(s)), 20 in s)

def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield
c = coro()
print(isinstance(gen(), cabc.Generator), isinstance(gen(), cabc.Iterator))
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable))
c.close()
print(isinstance(agen(), cabc.AsyncGenerator), isinstance(agen(), cabc.AsyncIterator))
print(isinstance(lambda: 0, cabc.Callable), isinstance(MyMapping, cabc.Callable))

class Sized:
    def __len__(self):
        return 0
print(isinstance(Sized(), cabc.Sized), issubclass(Sized, cabc.Iterable))
match m:
    case {'a': 1}:
        print('mapping pattern on Mapping subclass')
match s:
    case [0, *rest]:
        print('sequence pattern', rest)
class Reg:
    pass
cabc.Sequence.register(Reg)
print(isinstance(Reg(), cabc.Sequence))
