import inspect
def g():
    x = yield 1
    yield x
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame.f_lineno, gen.gi_suspended)
print(sorted(inspect.getgeneratorlocals(gen)))
gen.send('sent')
list(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame)
print(inspect.isgenerator(gen), inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(len))
def wrapper():
    return (yield from g())
w = wrapper()
next(w)
print(w.gi_yieldfrom.__name__, inspect.getgeneratorstate(w))
async def c():
    pass
co = c()
print(inspect.getcoroutinestate(co), inspect.iscoroutinefunction(c))
co.close()
print(inspect.getcoroutinestate(co))
