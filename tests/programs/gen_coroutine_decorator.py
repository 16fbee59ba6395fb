import types
import asyncio
import inspect

@types.coroutine
def legacy():
    value = yield 'suspended'
    return value * 2

async def modern():
    return await legacy()

c = modern()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print('result', e.value)

print(inspect.iscoroutinefunction(modern), inspect.iscoroutinefunction(legacy))
print(inspect.isawaitable(legacy()), inspect.isgeneratorfunction(legacy))

@types.coroutine
def sleep0():
    yield

async def uses_sleep():
    for i in range(2):
        await sleep0()
    return 'slept'
print(asyncio.run(uses_sleep()))

def plain():
    return 5
wrapped = types.coroutine(plain)
print(wrapped())

class Awaitable:
    def __await__(self):
        r = yield from legacy()
        return ('awaited', r)
async def use_awaitable():
    return await Awaitable()
co = use_awaitable()
print(co.send(None))
try:
    co.send(4)
except StopIteration as e:
    print(e.value)
class BadAwait:
    def __await__(self):
        return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print(e)
async def await_int():
    await 3
try:
    await_int().send(None)
except TypeError as e:
    print(e)
