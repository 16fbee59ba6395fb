import asyncio

async def critical(log):
    await asyncio.sleep(0.01)
    log.append('critical done')
    return 'saved'

async def main():
    log = []
    inner = asyncio.ensure_future(critical(log))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled')
    print(await inner, log)

    async def child():
        try:
            await asyncio.sleep(1)
        finally:
            print('child cleanup')
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    t.cancel('with message')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args)
    async def uncancels():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'swallowed'
    t2 = asyncio.create_task(uncancels())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelled())

asyncio.run(main())
