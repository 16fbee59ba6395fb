import functools
registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__}({fields})'
    cls.__repr__ = __repr__
    return cls

def with_args(**defaults):
    def deco(cls):
        for k, v in defaults.items():
            setattr(cls, k, v)
        return cls
    return deco

@register
@add_repr
@with_args(colour='red', size=3)
class Item:
    def __init__(self, name):
        self.name = name

print(Item('a'), Item.colour, Item.size, registry)
print(Item.__repr__.__qualname__)

def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config.__name__)

def replace_class(cls):
    return 'replaced'
@replace_class
class Gone:
    pass
print(Gone)

class Outer:
    @add_repr
    class Inner:
        def __init__(self):
            self.q = 1
print(Outer.Inner(), Outer.Inner.__qualname__)
