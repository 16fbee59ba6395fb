import sys
import asyncio

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('gen', 'coro', 'helper'):
        events.append((event, name, frame.f_lineno if event != 'call' else None,
                       arg if event in ('return',) and not asyncio.isfuture(arg) else None))
        return tracer
    return None

def gen():
    yield 1
    x = yield 2
    return x

async def helper():
    await asyncio.sleep(0)
    return 5

async def coro():
    r = await helper()
    return r * 2

sys.settrace(tracer)
g = gen()
next(g)
next(g)
try:
    g.send('sent')
except StopIteration:
    pass
result = asyncio.run(coro())
sys.settrace(None)
for e in events:
    print(e)
print(result)
