# The delays are 100 ms apart or more: with 10 ms, a loaded machine
# reordered the wake-ups (python3's too).
import asyncio
log = []
async def step(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        log.append(name)
    return name.upper()
async def main():
    r = await asyncio.gather(step('a', [0.2, 0.2]), step('b', [0.1, 0.5]), step('c', [0]))
    print(r, log)
    async def inner():
        return await asyncio.sleep(0, result='inner result')
    print(await inner())
    results = []
    for coro in asyncio.as_completed([asyncio.sleep(0.2, 'slow'), asyncio.sleep(0.001, 'fast')]):
        results.append(await coro)
    print(results)
asyncio.run(main())
