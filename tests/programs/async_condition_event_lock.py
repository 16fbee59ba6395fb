import asyncio

async def producer(cond, items):
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            cond.notify()

async def consumer(cond, items, out):
    for _ in range(3):
        async with cond:
            await cond.wait_for(lambda: items)
            out.append(items.pop(0))

async def main():
    cond = asyncio.Condition()
    items, out = [], []
    await asyncio.gather(consumer(cond, items, out), producer(cond, items))
    print(out)
    lock = asyncio.Lock()
    trace = []
    async def critical(n):
        async with lock:
            trace.append(f'enter {n}')
            await asyncio.sleep(0)
            trace.append(f'exit {n}')
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(trace)
    event = asyncio.Event()
    async def waiter(n):
        await event.wait()
        return n
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(event.is_set(), any(t.done() for t in tasks))
    event.set()
    print(await asyncio.gather(*tasks))
    sem = asyncio.BoundedSemaphore(2)
    active = []
    peak = [0]
    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0)
            active.remove(n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print('peak', peak[0])
    try:
        sem.release()
    except ValueError as e:
        print(e)

asyncio.run(main())
