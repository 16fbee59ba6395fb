def make_gen(limit):
    def gen():
        for i in range(limit):
            yield i * factor
    factor = 10
    return gen
print(list(make_gen(3)()))
def gen_with_default(start=5):
    while start > 0:
        yield start
        start -= 2
print(list(gen_with_default()), list(gen_with_default(2)))
def gen_kwargs(**kw):
    yield from sorted(kw.items())
print(list(gen_kwargs(b=2, a=1)))
def gen_method_holder():
    class Holder:
        def __init__(self, items):
            self.items = items
        def __iter__(self):
            for item in self.items:
                yield item.upper()
    return Holder
H = gen_method_holder()
print(list(H(['x', 'y'])), ''.join(H('ab')))
def lazy_map(fn, xs):
    for x in xs:
        yield fn(x)
print(list(lazy_map(str, range(3))), type(lazy_map(str, [])).__name__)
def gen_closure_counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    yield bump()
    yield bump()
    yield n
print(list(gen_closure_counter()))
