import asyncio

async def job(n, fail=False):
    # Gaps of 20 ms and more keep the order under a loaded machine.
    await asyncio.sleep(n / 50)
    if fail:
        raise RuntimeError(f'job {n} failed')
    return n

async def main():
    tasks = [asyncio.create_task(job(n), name=f'job{n}') for n in (3, 1, 2)]
    order = []
    for coro in asyncio.as_completed(tasks):
        order.append(await coro)
    print(order)
    tasks = [asyncio.create_task(job(1, fail=True)), asyncio.create_task(job(50))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [type(t.exception()).__name__ for t in done])
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    tasks = [asyncio.create_task(job(n)) for n in (5, 1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    await asyncio.wait(pending)
    r = await asyncio.to_thread(sum, [1, 2, 3])
    print('to_thread', r)
    loop = asyncio.get_running_loop()
    import concurrent.futures
    def in_thread():
        fut = asyncio.run_coroutine_threadsafe(job(1), loop)
        return fut.result()
    print('threadsafe', await loop.run_in_executor(None, in_thread))
    q = asyncio.Queue(maxsize=1)
    try:
        await asyncio.wait_for(q.get(), 0.001)
    except TimeoutError:
        print('queue get timed out')
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print('queue full')

with asyncio.Runner() as runner:
    runner.run(main())
    print(runner.run(job(0)))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(job(2)))
loop.close()
