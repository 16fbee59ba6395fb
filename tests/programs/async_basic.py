import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def worker(name, delay, out):
    for i in range(2):
        await asyncio.sleep(delay)
        out.append(f'{name}{i}')
    return name

async def main():
    print(await add(1, 2))
    out = []
    results = await asyncio.gather(worker('a', 0.01, out), worker('b', 0.015, out))
    print(results, sorted(out))
    task = asyncio.create_task(add(5, 6))
    print(await task, task.done())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print('timed out')
    return 'main done'

print(asyncio.run(main()))

class AsyncRange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

class AsyncCM:
    async def __aenter__(self):
        print('enter')
        return self
    async def __aexit__(self, *exc):
        print('exit', exc[0])
        return False

async def use():
    async with AsyncCM() as cm:
        async for i in AsyncRange(3):
            print('item', i)
    print([x async for x in AsyncRange(2)])

asyncio.run(use())
