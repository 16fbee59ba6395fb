import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print('wait_for timed out')
    try:
        async with asyncio.timeout(0.01):
            await slow()
    except TimeoutError:
        print('timeout block expired')
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print('no deadline', cm.expired())
    r = await asyncio.wait_for(asyncio.sleep(0, 'quick'), timeout=5)
    print(r)
    task = asyncio.create_task(slow())
    done, pending = await asyncio.wait([task], timeout=0.01)
    print(len(done), len(pending))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('task cancelled', task.cancelled())

asyncio.run(main())
