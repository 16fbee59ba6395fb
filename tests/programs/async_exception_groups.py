import asyncio
async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)
async def ok(delay):
    await asyncio.sleep(delay)
    return 'ok'
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('first', 0.001))
            tg.create_task(fail('second', 0.3))
            tg.create_task(ok(0.5))
    except* ValueError as eg:
        print(sorted(str(e) for e in eg.exceptions))
    try:
        await asyncio.gather(fail('gathered', 0), ok(0))
    except ValueError as exc:
        print('gather raised', exc)
    async def cancelled_child():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('child cancelled')
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(cancelled_child())
            tg.create_task(fail('trigger', 0.001))
    except* ValueError:
        print('trigger handled')
asyncio.run(main())
