import inspect

def plain(a, b=1, *args, c, d=2, **kw):
    """Docstring here."""
    return a

async def coro():
    pass

def gen():
    yield

async def agen():
    yield

class K:
    def method(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass

lam = lambda: None
for obj in (plain, coro, gen, agen, K.method, K().method, K.cm, K.sm, lam, len):
    print(getattr(obj, '__name__', obj),
          inspect.isfunction(obj), inspect.ismethod(obj),
          inspect.iscoroutinefunction(obj), inspect.isgeneratorfunction(obj),
          inspect.isasyncgenfunction(obj), inspect.isroutine(obj),
          inspect.isbuiltin(obj))
print(inspect.signature(plain))
print(inspect.signature(K().method), inspect.signature(K.cm))
print(inspect.getdoc(plain), inspect.getmodule(plain).__name__)
print(inspect.getattr_static(K, 'cm').__class__.__name__)
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getclosurevars(plain).builtins)
def outer():
    v = 1
    def inner():
        return v + len([])
    return inner
print(inspect.getclosurevars(outer()))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.isclass(K), inspect.ismodule(inspect), inspect.isabstract(K))
b = inspect.signature(plain).bind(1, 2, 3, c=4, e=5)
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY)
print(callable(plain), callable(K), callable(K()))
print(inspect.unwrap(plain) is plain)
