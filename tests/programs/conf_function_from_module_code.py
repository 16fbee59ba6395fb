# A function made from module-level code runs with its globals as locals
# (LOAD_NAME/STORE_NAME reach them), as CPython's function call does for
# code that is not CO_OPTIMIZED.  (test_builtin
# BuiltinTest.test_compile_top_level_await.)
import ast
import asyncio
from types import FunctionType

namespace = {'x': 10}
code = compile('y = x + 1\nprint("y is", y)', 'sample', 'exec')
FunctionType(code, namespace)()
print(namespace['y'])

# With top-level await: the function is a coroutine function's body.
async def arange(n):
    for i in range(n):
        yield i

samples = [
    'a = await asyncio.sleep(0, result=1)',
    'async for i in arange(1):\n    a = 1',
    'a = [x async for x in arange(2)][1]',
    'a = {x: 1 async for x in arange(1)}[0]',
]
for mode in ('single', 'exec'):
    for source in samples:
        co = compile(source, '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        globals_ = {'asyncio': asyncio, 'a': 0, 'arange': arange}
        asyncio.run(FunctionType(co, globals_)())
        print(mode, repr(source), globals_['a'])

# A name missing from globals (the locals) and builtins.
try:
    FunctionType(compile('print(undefined_name)', 'm', 'exec'), {})()
except NameError as exc:
    print('NameError:', exc)
