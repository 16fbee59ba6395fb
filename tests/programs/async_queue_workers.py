import asyncio
async def worker(name, queue, results):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        await asyncio.sleep(0)
        results.append((name, item * item))
        queue.task_done()
async def main():
    queue = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f'w{i}', queue, results)) for i in range(3)]
    for i in range(9):
        await queue.put(i)
    for _ in workers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*workers)
    print(sorted(v for _, v in results), len({n for n, _ in results}) <= 3)
    pq = asyncio.PriorityQueue()
    for p in (3, 1, 2):
        await pq.put((p, f'item{p}'))
    print([(await pq.get())[1] for _ in range(3)])
asyncio.run(main())
