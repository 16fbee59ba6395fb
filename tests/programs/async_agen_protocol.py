import asyncio

async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print('received', received)
            await asyncio.sleep(0)
    except GeneratorExit:
        print('ticker closing')
        raise
    finally:
        print('ticker finally')

async def main():
    agen = ticker(5)
    print(await agen.__anext__())
    print(await agen.asend('hello'))
    print(await anext(agen))
    try:
        await agen.athrow(ValueError('boom'))
    except ValueError as e:
        print('athrow propagated', e)
    try:
        await anext(agen)
    except StopAsyncIteration:
        print('exhausted')
    print(await anext(agen, 'default'))

    agen2 = ticker(3)
    await anext(agen2)
    await agen2.aclose()
    print('closed', agen2.ag_running, agen2.ag_frame)

    async def catcher():
        while True:
            try:
                yield 'ready'
            except KeyError:
                yield 'caught key'
    c = catcher()
    await anext(c)
    print(await c.athrow(KeyError))
    await c.aclose()
    print(type(c).__name__, c.__name__, c.ag_code.co_name)
    print([x async for x in ticker(2)])
    async for v in ticker(2):
        print('loop', v)
        break
    print('after break')

asyncio.run(main())
