import asyncio

async def worker(name, queue, results):
    while True:
        item = await queue.get()
        try:
            if item == 'boom':
                raise RuntimeError('bad item')
            await asyncio.sleep(0)
            results.append((name, item * 2))
        except RuntimeError as e:
            results.append((name, str(e)))
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue()
    results = []
    for item in [1, 2, 'boom', 3, 4]:
        queue.put_nowait(item)
    workers = [asyncio.create_task(worker(f'w{i}', queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results, key=str))
    print([type(o).__name__ for o in outcomes])
    pq = asyncio.PriorityQueue()
    for p in (3, 1, 2):
        await pq.put((p, f'item{p}'))
    print([(await pq.get())[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)], lq.empty())

asyncio.run(main())
