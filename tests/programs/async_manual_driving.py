import types

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

async def step(name):
    a = await suspend(name + '-1')
    b = await suspend(name + '-2')
    return a + b

coro = step('x')
print(type(coro).__name__, coro.cr_running, coro.cr_frame.f_code.co_name)
print(coro.send(None))
print(coro.cr_await is not None)
print(coro.send(10))
try:
    coro.send(5)
except StopIteration as e:
    print('returned', e.value)
print(coro.cr_frame)
try:
    coro.send(None)
except RuntimeError as e:
    print(e)

c2 = step('y')
c2.send(None)
try:
    c2.throw(ValueError('into coroutine'))
except ValueError as e:
    print('thrown out', e)

c3 = step('z')
c3.send(None)
c3.close()
print('closed', c3.cr_frame)

aw = step('w').__await__()
print(type(aw).__name__, next(aw))
aw.close()

async def trivial():
    return 'trivial'
c4 = trivial()
try:
    c4.send(None)
except StopIteration as e:
    print(e.value)
print(repr(c4).startswith('<coroutine object trivial at'))
async def awaits_twice():
    c = trivial()
    await c
    await c
try:
    awaits_twice().send(None)
except RuntimeError as e:
    print(e)
