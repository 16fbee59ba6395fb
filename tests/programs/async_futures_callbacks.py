import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    def on_done(f):
        order.append(('callback', f.result()))
    fut.add_done_callback(on_done)
    loop.call_soon(fut.set_result, 42)
    print(await fut, fut.done())
    await asyncio.sleep(0)
    print(order)
    loop.call_soon(order.append, 'soon')
    loop.call_later(0.001, order.append, 'later')
    await asyncio.sleep(0.01)
    print(order)
    f2 = loop.create_future()
    f2.set_exception(KeyError('k'))
    try:
        await f2
    except KeyError as e:
        print('future exc', e)
    f3 = loop.create_future()
    f3.cancel()
    print(f3.cancelled())
    try:
        f3.result()
    except asyncio.CancelledError:
        print('cancelled result')
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print('invalid', e)
    def blocking(x):
        return x + 1
    print(await loop.run_in_executor(None, blocking, 1))
    handle = loop.call_soon(print, 'never')
    handle.cancel()
    await asyncio.sleep(0)
    print('handle cancelled', handle.cancelled())

asyncio.run(main())
