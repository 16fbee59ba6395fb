import asyncio
import gc
async def forgotten():
    return 1
def make():
    forgotten()
make()
gc.collect()
print('after forgotten')
async def main():
    c = forgotten()
    c.close()
    print('closed without warning')
asyncio.run(main())
