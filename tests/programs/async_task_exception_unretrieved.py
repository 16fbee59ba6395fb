import asyncio
import gc

async def failing():
    raise ValueError('nobody looked')

async def main():
    task = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print('task done', task.done())
    del task
    gc.collect()
    print('main done')

asyncio.run(main())
