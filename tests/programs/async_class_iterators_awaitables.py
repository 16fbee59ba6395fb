import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

class Delayed:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value * 2

class Ticket:
    async def __aenter__(self):
        print('ticket acquired')
        return self
    async def __aexit__(self, *exc):
        print('ticket released', exc[0])

async def main():
    async for v in Countdown(3):
        print('countdown', v)
    print(await Delayed(21))
    print([v async for v in Countdown(2)])
    async with Ticket() as t:
        print(type(t).__name__)
    class BadAiter:
        def __aiter__(self):
            return 5
    try:
        async for _ in BadAiter():
            pass
    except TypeError as e:
        print(e)
    class NotAsyncIter:
        pass
    try:
        async for _ in NotAsyncIter():
            pass
    except TypeError as e:
        print(e)
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    try:
        async for _ in BadAnext():
            pass
    except TypeError as e:
        print(e)
    it = aiter(Countdown(1))
    print(await anext(it), await anext(it, 'done'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    try:
        async with object():
            pass
    except TypeError as e:
        print(e)
asyncio.run(main())
