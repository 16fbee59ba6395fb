import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print('open', self.name)
        return self
    async def __aexit__(self, typ, val, tb):
        await asyncio.sleep(0)
        print('close', self.name, typ.__name__ if typ else None)
        return typ is KeyError

@asynccontextmanager
async def transaction(name):
    print('begin', name)
    try:
        yield name.upper()
        print('commit', name)
    except Exception as e:
        print('rollback', name, e)
        raise

async def main():
    async with Conn('a') as a, Conn('b') as b:
        print('using', a.name, b.name)
    async with Conn('c'):
        raise KeyError('suppressed')
    print('after suppressed')
    try:
        async with Conn('d'):
            raise ValueError('escapes')
    except ValueError as e:
        print('caught', e)
    async with transaction('t1') as t:
        print('in', t)
    try:
        async with transaction('t2'):
            raise RuntimeError('fail')
    except RuntimeError:
        print('t2 failed')
    async with AsyncExitStack() as stack:
        for n in 'xy':
            await stack.enter_async_context(Conn(n))
        stack.push_async_callback(asyncio.sleep, 0)
        print('stack ready')
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)

asyncio.run(main())
