import asyncio

async def source(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print('cleanup', name)
        await asyncio.sleep(0)
        print('async cleanup done', name)

async def main():
    async for v in source('a'):
        if v == 1:
            break
    print('after break')
    g = source('b')
    await g.__anext__()
    print('left suspended')
    agen = source('c')
    print(await agen.asend(None))
    await agen.aclose()
    print('closed c explicitly')

asyncio.run(main())
print('loop closed')
