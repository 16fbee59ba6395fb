import asyncio

async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in arange(4)])
    print({x: x * x async for x in arange(3)})
    print({x % 2 async for x in arange(5)})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in arange(3) if x != 1])
    print([y for x in range(2) async for y in arange(x + 1)])
    gen = (x async for x in arange(3))
    print(type(gen).__name__, [v async for v in gen])
    agen = (await double(x) for x in range(2))
    print([v async for v in agen])
    nested = [[z async for z in arange(y)] for y in range(3)]
    print(nested)
    print(sum([x async for x in arange(5)]))

asyncio.run(main())
