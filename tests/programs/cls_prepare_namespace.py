class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print('order', [k for k in ns.order if not k.startswith('__')])
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Thing(metaclass=Meta, flavour='x'):
    b = 1
    a = 2
    def z(self):
        pass
    c = 3

print(Thing.kw, type(Thing).__name__, Thing.__qualname__, Thing.__module__)

class NotDict:
    pass
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadMeta):
        pass
except TypeError as e:
    print(e)

class Lookup(dict):
    def __missing__(self, key):
        if key == 'magic':
            return 42
        raise KeyError(key)
class LMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Lookup()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Y(metaclass=LMeta):
    value = magic + 1
print(Y.value)
