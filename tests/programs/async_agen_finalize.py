import asyncio

async def resource():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print('resource finalized')

async def partial_use():
    async for x in resource():
        if x == 2:
            break
    print('after break')
    await asyncio.sleep(0)

async def main():
    await partial_use()
    g = resource()
    print(await g.__anext__())
    print('leaving main')

asyncio.run(main())
print('after run')

async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def closing():
    g = ignore_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as exc:
        print('aclose:', exc)

asyncio.run(closing())
