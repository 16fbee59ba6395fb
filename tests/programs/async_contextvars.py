import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')

async def handler(n):
    request_id.set(f'req-{n}')
    await asyncio.sleep(0.001 * (3 - n))
    return f'{n}:{request_id.get()}'

async def main():
    print(request_id.get())
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, request_id.get())
    token = request_id.set('main')
    print(request_id.get())
    request_id.reset(token)
    print(request_id.get())
    ctx = contextvars.copy_context()
    def in_ctx():
        request_id.set('inside copy')
        return request_id.get()
    print(ctx.run(in_ctx), request_id.get(), ctx[request_id])
    loop = asyncio.get_running_loop()
    request_id.set('for callback')
    seen = []
    loop.call_soon(lambda: seen.append(request_id.get()))
    await asyncio.sleep(0)
    print(seen)

asyncio.run(main())
