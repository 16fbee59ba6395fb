import asyncio

async def work(n):
    await asyncio.sleep(0)
    if n % 3 == 0:
        raise ValueError(f'bad {n}')
    return n * 10

async def main():
    results = await asyncio.gather(*(work(i) for i in range(1, 7)),
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(work(1), work(3), work(6))
    except ValueError as e:
        print('first error', e)
    empty = await asyncio.gather()
    print('empty', empty)
    fut = asyncio.gather(work(2), work(4))
    print(await fut, fut.done())

asyncio.run(main())
