import asyncio

async def fetch(i):
    await asyncio.sleep(0.001 * i)
    if i % 2:
        raise ValueError(f'fetch {i} failed')
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(fetch(i))

asyncio.run(main())
