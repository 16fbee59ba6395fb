import asyncio
import contextvars
request_id = contextvars.ContextVar('request_id', default='none')
async def handler(n):
    request_id.set(f'req-{n}')
    await asyncio.sleep(0.001 * (3 - n))
    return request_id.get()
async def main():
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    print(request_id.get())
    t = asyncio.create_task(asyncio.sleep(0), name='named-task')
    print(t.get_name())
    await t
    current = asyncio.current_task()
    print(current.get_name() == 'Task-1', asyncio.iscoroutine(main()) )
    ctx = contextvars.copy_context()
    print(ctx.run(lambda: request_id.get()))
    def cb(fut):
        print('done callback', fut.result())
    t2 = asyncio.ensure_future(asyncio.sleep(0, 'cb value'))
    t2.add_done_callback(cb)
    await t2
    await asyncio.sleep(0)
asyncio.run(main())
