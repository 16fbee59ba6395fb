import inspect

def sample(a, b: int = 2, *args, c, d: str = 'x', **kw) -> bool:
    """Sample doc."""
    return True

sig = inspect.signature(sample)
print(sig)
print([p.kind.name for p in sig.parameters.values()])
print(sig.return_annotation, sig.parameters['b'].default)
print(inspect.isfunction(sample), inspect.ismethod(sample), callable(sample))
print(inspect.getdoc(sample))

class K:
    def meth(self, x, y=1):
        pass
    @classmethod
    def cm(cls, z):
        pass
    @staticmethod
    def sm(w=0):
        pass

print(inspect.signature(K.meth), inspect.signature(K().meth))
print(inspect.signature(K.cm), inspect.signature(K.sm))
print(inspect.ismethod(K().meth), inspect.isfunction(K.meth))
bound = sig.bind(1, c=3)
print(bound.arguments)
print(inspect.getfullargspec(sample).args)
print(sample.__code__.co_name, sample.__code__.co_argcount)
