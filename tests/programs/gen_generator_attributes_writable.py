def g():
    yield 1

gen = g()
print(gen.__name__, gen.__qualname__)
gen.__name__ = 'renamed'
gen.__qualname__ = 'Q.renamed'
print(gen.__name__, gen.__qualname__, repr(gen).startswith('<generator object Q.renamed at'))
try:
    gen.__name__ = 5
except TypeError as e:
    print(e)
try:
    del gen.__name__
except TypeError as e:
    print(e)
try:
    gen.gi_frame = None
except AttributeError as e:
    print(type(e).__name__)
try:
    gen.custom = 1
except AttributeError as e:
    print(e)
print(gen.gi_code is g.__code__, gen.gi_running, gen.gi_suspended)
next(gen)
print(gen.gi_suspended)
async def c():
    pass
co = c()
print(co.__name__, co.__qualname__, co.cr_code is c.__code__, co.cr_suspended)
co.__name__ = 'coro_renamed'
print(co.__name__)
co.close()
async def ag():
    yield
a = ag()
print(a.__name__, a.__qualname__, a.ag_code is ag.__code__, a.ag_running)
print(type(gen).__name__, type(co).__name__, type(a).__name__)
import types
print(isinstance(gen, types.GeneratorType), isinstance(co, types.CoroutineType), isinstance(a, types.AsyncGeneratorType))
