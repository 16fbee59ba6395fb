import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print('ticker done')

async def main():
    async for t in ticker(3):
        print('tick', t)
    agen = ticker(5)
    print(await agen.__anext__(), await agen.asend(None))
    await agen.aclose()
    print(agen.ag_running, type(agen).__name__)
    agen2 = ticker(2)
    await agen2.__anext__()
    try:
        await agen2.athrow(ValueError('x'))
    except ValueError as exc:
        print('athrow raised', exc)
    print([i async for i in ticker(2)])

asyncio.run(main())

async def gen_with_send():
    got = yield 'first'
    yield f'got {got}'

async def drive():
    g = gen_with_send()
    print(await g.asend(None))
    print(await g.asend('hello'))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('exhausted')

asyncio.run(drive())
