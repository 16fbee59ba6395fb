import asyncio
import inspect
import types

async def coro(x):
    return x * 2

c = coro(3)
print(type(c).__name__, inspect.iscoroutine(c), asyncio.iscoroutine(c))
print(c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_frame is not None)
print(c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as s:
    print('result', s.value)
try:
    c.send(None)
except RuntimeError as exc:
    print(exc)

async def awaiting():
    await asyncio.sleep(0)
a = awaiting()
print(a.send(None))
print(type(a.cr_await).__name__)
a.close()
print(inspect.iscoroutinefunction(coro), inspect.isawaitable(coro(1).__await__()) or True)

class Awaitable:
    def __await__(self):
        yield 'from awaitable'
        return 'awaitable done'

async def use_awaitable():
    return await Awaitable()
u = use_awaitable()
print(u.send(None))
try:
    u.send(None)
except StopIteration as s:
    print(s.value)

@types.coroutine
def legacy():
    x = yield 'legacy yield'
    return x
async def use_legacy():
    return await legacy()
ul = use_legacy()
print(ul.send(None))
try:
    ul.send('sent in')
except StopIteration as s:
    print(s.value)

async def bad():
    await 5
try:
    bad().send(None)
except TypeError as exc:
    print(exc)
w = coro(1).__await__()
print(type(w).__name__, next(iter([1])))
try:
    next(w)
except StopIteration as s:
    print('wrapper', s.value)
def consume_all():
    cc = coro(5)
    return asyncio.run(cc)
print(consume_all())
