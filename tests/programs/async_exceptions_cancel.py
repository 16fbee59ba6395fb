import asyncio

async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f'fail {n}')

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise
    finally:
        print('slow finally')

async def main():
    try:
        await failing(1)
    except ValueError as exc:
        print('caught', exc)
    results = await asyncio.gather(failing(2), asyncio.sleep(0, 'ok'), return_exceptions=True)
    print([repr(r) for r in results])
    task = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('task cancelled', task.cancelled())
    t2 = asyncio.create_task(failing(3))
    await asyncio.sleep(0.01)
    print(t2.done(), repr(t2.exception()))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print('wait_for timeout')
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, r)) for r in 'ab'])
    print(sorted(t.result() for t in done), pending)

asyncio.run(main())
