import asyncio

async def fetch(i):
    # Counted yields, not timers: the order of events is the same however
    # fast the interpreter runs.
    for _ in range(i):
        await asyncio.sleep(0)
    if i % 2:
        raise ValueError(f'fetch {i} failed')
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(fetch(i))

asyncio.run(main())
