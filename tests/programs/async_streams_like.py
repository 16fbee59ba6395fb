import asyncio
class FakeStream:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    async def read(self):
        await asyncio.sleep(0)
        return self.chunks.pop(0) if self.chunks else b''
    def __aiter__(self):
        return self
    async def __anext__(self):
        data = await self.read()
        if not data:
            raise StopAsyncIteration
        return data
async def consume(stream):
    total = b''
    async for chunk in stream:
        total += chunk
    return total
async def with_timeout():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        return 'timed out'
async def main():
    print(await consume(FakeStream([b'ab', b'cd', b'e'])))
    print(await with_timeout())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, 'later')
    print(await fut)
    print(await asyncio.shield(asyncio.sleep(0, 'shielded')))
asyncio.run(main())
