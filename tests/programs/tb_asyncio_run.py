import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise LookupError(f'item {n} not found')
    return n

async def main():
    results = []
    for n in range(3):
        results.append(await fetch(n))
    return results

asyncio.run(main())
