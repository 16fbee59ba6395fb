import asyncio

def handler(loop, context):
    exc = context.get('exception')
    print('handler:', context['message'], type(exc).__name__ if exc else None)

async def failing_callback_target():
    raise KeyError('in task')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    def bad_callback():
        raise ValueError('callback failed')
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    t = loop.create_task(failing_callback_target())
    await asyncio.sleep(0)
    del t
    import gc
    gc.collect()
    loop.call_exception_handler({'message': 'custom context'})
    print(loop.get_exception_handler() is handler)
    loop.set_exception_handler(None)
    f = loop.create_future()
    f.set_result(1)
    print(f.result(), asyncio.isfuture(f), asyncio.iscoroutine(main()))

asyncio.run(main())
