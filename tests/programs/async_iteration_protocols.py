import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

class Lock:
    def __init__(self):
        self.held = False
    async def __aenter__(self):
        self.held = True
        print('acquired')
        return self
    async def __aexit__(self, typ, exc, tb):
        self.held = False
        print('released', typ.__name__ if typ else None)
        return typ is KeyError

async def main():
    print([x async for x in Ticker(3)])
    print([x async for x in agen(3) if x])
    print({x: x async for x in agen(2)})
    async for i in agen(2):
        print('loop', i)
    else:
        print('loop else')
    lock = Lock()
    async with lock as l:
        print('held', l.held)
    async with lock:
        raise KeyError('swallowed')
    try:
        async with lock:
            raise ValueError('propagates')
    except ValueError as exc:
        print('propagated', exc)
    gen = agen(5)
    print(await anext(gen), await anext(gen))
    await gen.aclose()
    print(await anext(agen(0), 'default'))
    try:
        async for x in 5:
            pass
    except TypeError as exc:
        print(exc)
    try:
        async with 5:
            pass
    except TypeError as exc:
        print(exc)

asyncio.run(main())
