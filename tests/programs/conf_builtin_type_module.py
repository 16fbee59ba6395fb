# Ophis's stand-ins for CPython's builtin types (code, frame, generator,
# coroutine, async generator...): the type's __module__ is 'builtins', its
# instances have none (inspect.getmodule finds no module for them).
import sys, types, inspect
def g(): yield
async def ag(): yield
async def co(): pass
c = co()
objs = [g.__code__, sys._getframe(), g(), ag(), c, ag().asend(None), ag().athrow(ValueError)]
for o in objs:
    t = type(o)
    print(t.__name__, t.__module__, repr(t), hasattr(o, '__module__'), inspect.getmodule(o))
    try:
        o.__module__
    except AttributeError as e:
        print(e)
c.close()
