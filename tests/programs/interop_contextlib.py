import contextlib
import io
import sys

@contextlib.contextmanager
def managed(tag):
    print('enter', tag)
    try:
        yield tag.upper()
    except KeyError as exc:
        print('handled', exc)
    finally:
        print('exit', tag)

with managed('a') as v:
    print('body', v)
with managed('b'):
    raise KeyError('kk')
try:
    with managed('c'):
        raise ValueError('vv')
except ValueError as exc:
    print('propagated', exc)

with contextlib.ExitStack() as stack:
    for t in 'xy':
        stack.enter_context(managed(t))
    stack.callback(print, 'callback ran')
    print('in stack')

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))

class Closeable:
    def close(self):
        print('closed')
with contextlib.closing(Closeable()):
    pass

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as exc:
    print(exc)

async def amain():
    @contextlib.asynccontextmanager
    async def actx():
        print('aenter')
        yield 'av'
        print('aexit')
    async with actx() as v:
        print(v)
import asyncio
asyncio.run(amain())

class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print('deco enter')
    def __exit__(self, *a):
        print('deco exit')
@Reentrant()
def decorated():
    print('decorated body')
decorated()
