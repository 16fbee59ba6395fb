import asyncio
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def agen(n):
    for i in range(n):
        yield i
async def main():
    print([await double(i) for i in range(3)])
    print({i: await double(i) async for i in agen(3)})
    print([x async for x in agen(5) if x % 2 if await double(x) > 1])
    gen = (await double(i) for i in range(2))
    print([x async for x in gen])
    print(await asyncio.gather(*[double(i) for i in range(3)]))
asyncio.run(main())
