import asyncio
log = []
async def step(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        log.append(name)
    return name.upper()
async def main():
    r = await asyncio.gather(step('a', [0.02, 0.02]), step('b', [0.01, 0.05]), step('c', [0]))
    print(r, log)
    async def inner():
        return await asyncio.sleep(0, result='inner result')
    print(await inner())
    results = []
    for coro in asyncio.as_completed([asyncio.sleep(0.02, 'slow'), asyncio.sleep(0.001, 'fast')]):
        results.append(await coro)
    print(results)
asyncio.run(main())
