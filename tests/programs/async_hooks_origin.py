import sys
import asyncio
sys.set_coroutine_origin_tracking_depth(2)
async def tracked():
    pass
def make():
    return tracked()
c = make()
print([(fn.split('/')[-1], name) for fn, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(0)
print(tracked().cr_origin)
seen = []
def firstiter(agen):
    seen.append(('firstiter', agen.__name__))
def finalizer(agen):
    seen.append(('finalizer', agen.__name__))
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
async def agen():
    yield 1
    yield 2
g = agen()
try:
    g.asend(None).send(None)
except StopIteration as s:
    print('first value', s.value)
del g
sys.set_asyncgen_hooks(*old)
print(seen)
