import asyncio
log = []
async def resource(name):
    log.append(f'acquire {name}')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f'cancelled {name}')
        raise
    finally:
        log.append(f'release {name}')
async def main():
    tasks = [asyncio.create_task(resource(n)) for n in 'ab']
    await asyncio.sleep(0.01)
    tasks[0].cancel('stop a')
    tasks[1].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(log)
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as exc:
        print('cancelled', exc.args)
    async def uncancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'swallowed cancel'
    t2 = asyncio.create_task(uncancel())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2)
asyncio.run(main())
