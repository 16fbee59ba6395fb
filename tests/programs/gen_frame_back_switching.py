import sys
def gen():
    while True:
        frame = sys._getframe()
        back = frame.f_back
        yield back.f_code.co_name if back else None
g = gen()
def first():
    return next(g)
def second():
    return next(g)
print(first(), second(), next(g))
print(g.gi_frame.f_back)
def outer_gen():
    inner = gen()
    yield next(inner)
    yield from inner
og = outer_gen()
print(next(og), next(og))
def spawn():
    yield sys._getframe().f_back.f_code.co_name
print([x for x in spawn()], list(spawn()))
