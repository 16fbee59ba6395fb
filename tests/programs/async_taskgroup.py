import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    if n == 3:
        raise ValueError(f'job {n} failed')
    return n * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(3)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(2, 5):
                tg.create_task(job(i))
    except* ValueError as group:
        print('group', [str(e) for e in group.exceptions])
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout')
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        items = []
        while (item := await q.get()) is not None:
            items.append(item)
        return items
    _, items = await asyncio.gather(producer(), consumer())
    print(items)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'future value')
    print(await fut)

asyncio.run(main())
