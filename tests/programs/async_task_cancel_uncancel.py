import asyncio

async def stubborn(log):
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            log.append(('cancel seen', attempt, task.cancelling()))
            if attempt < 1:
                task.uncancel()
                continue
            raise
    return 'finished'

async def main():
    log = []
    t = asyncio.create_task(stubborn(log), name='stubborn')
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append(('task cancelled', t.cancelled()))
    print(log)
    print(t.get_name(), t.done(), repr(t).startswith('<Task cancelled'))
    async def quick():
        return 1
    t2 = asyncio.create_task(quick())
    print(t2.cancel(), t2.cancelled() or await t2 if False else 'pending cancel')
    try:
        await t2
    except asyncio.CancelledError:
        print('quick cancelled before start')
    t3 = asyncio.create_task(quick())
    await t3
    print(t3.cancel(), t3.result())
    print(asyncio.current_task().get_name() is not None, len(asyncio.all_tasks()))

asyncio.run(main())
