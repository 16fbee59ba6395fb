import asyncio

async def ticker(name, delays, log):
    for d in delays:
        await asyncio.sleep(d)
        log.append(name)

async def main():
    log = []
    await asyncio.gather(
        ticker('a', [0, 0, 0], log),
        ticker('b', [0, 0], log),
        ticker('c', [0], log),
    )
    print(log)
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_soon(order.append, 2)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append('done-cb'))
    loop.call_soon(fut.set_result, None)
    loop.call_soon(order.append, 3)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order)
    events = []
    async def waiter(i):
        events.append(f'start{i}')
        await asyncio.sleep(0)
        events.append(f'end{i}')
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    events.append('created')
    await asyncio.wait(tasks)
    print(events)
    t0 = loop.time()
    await asyncio.sleep(0.01)
    print(loop.time() - t0 >= 0.009)

asyncio.run(main())
