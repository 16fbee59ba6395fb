import asyncio
async def main():
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(f'start{n}')
            await asyncio.sleep(0.001)
            order.append(f'end{n}')
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    event = asyncio.Event()
    async def waiter():
        await event.wait()
        return 'event seen'
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    event.set()
    print(await t)
    sem = asyncio.Semaphore(2)
    active = []
    peak = []
    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print(max(peak))
    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    async def producer():
        await asyncio.sleep(0.001)
        async with cond:
            items.append('produced')
            cond.notify()
    print((await asyncio.gather(consumer(), producer()))[0])
asyncio.run(main())
