# anext(aiterator, default) awaits whatever __anext__ returns -- an async
# generator's, a coroutine, a generator-based coroutine (types.coroutine)
# -- and gives default once the iterator is exhausted.  (test_asyncgen
# AsyncGenAsyncioTest.test_python_async_iterator_types_coroutine_anext.)
import asyncio
import types


class TypesCoroutineIterator:
    def __init__(self):
        self.yielded = 0

    def __aiter__(self):
        return self

    @types.coroutine
    def __anext__(self):
        if self.yielded >= 2:
            raise StopAsyncIteration
        self.yielded += 1
        yield from asyncio.sleep(0).__await__()
        return self.yielded


class CoroutineIterator:
    def __init__(self):
        self.yielded = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.yielded >= 2:
            raise StopAsyncIteration
        self.yielded += 1
        await asyncio.sleep(0)
        return self.yielded * 10


async def agen():
    yield 'a'
    yield 'b'


async def consume(make):
    it = make()
    results = []
    for _ in range(4):
        results.append(await anext(it, 'default'))
    return results


async def main():
    for make in (TypesCoroutineIterator, CoroutineIterator, agen):
        print(make.__name__, await consume(make))
    awaitable = anext(agen(), None)
    print(type(awaitable).__name__, type(awaitable).__module__)
    print(await anext(agen()))
    try:
        await anext(agen().__aiter__().__class__)
    except TypeError as exc:
        print('TypeError:', exc)
    for args in ((), (1,), (agen(), 1, 2)):
        try:
            anext(*args)
        except TypeError as exc:
            print('TypeError:', exc)
    # send/throw/close go to the awaitable.
    awaitable = anext(CoroutineIterator(), 'd')
    print(awaitable.send(None))
    try:
        awaitable.throw(ValueError('thrown'))
    except ValueError as exc:
        print('ValueError:', exc)
    print(awaitable.close())


asyncio.run(main())
