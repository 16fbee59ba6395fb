import inspect

def g(a):
    b = a * 2
    yield b
    c = b + 1
    yield c

gen = g(5)
print(inspect.getgeneratorstate(gen))
print(inspect.getgeneratorlocals(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
print(inspect.getgeneratorlocals(gen))
next(gen)
print(inspect.getgeneratorlocals(gen))
def watcher():
    yield inspect.getgeneratorstate(w)
w = watcher()
print(next(w))
gen.close()
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
print(inspect.isgenerator(gen), inspect.isgeneratorfunction(g))
print(inspect.isgeneratorfunction(lambda: None))
print(gen.gi_running, gen.gi_frame, gen.gi_code.co_name, gen.gi_yieldfrom)
def outer():
    yield from inner_gen
inner_gen = g(1)
o = outer()
next(o)
print(o.gi_yieldfrom is inner_gen, o.gi_frame.f_lineno, o.gi_frame.f_code.co_name)
print(inspect.getgeneratorlocals(o))
print(g.__code__.co_flags & inspect.CO_GENERATOR != 0)
