class Audited:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(f'{name} is private')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'<default {name}>'
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)

a = Audited()
a.y = 2
print(a.x, a.y, a.missing, a.secret_key)
del a.y
print(a.y)
print(a.log)
try:
    del a.never_set
except AttributeError as e:
    print(e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        print('forwarding', name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    value = 10
    def method(self):
        return 'target method'
p = Proxy(Target())
print(p.value, p.method())
p.value = 20
print(p._target.value)
try:
    p.nothing
except AttributeError as e:
    print(e)

class Strict:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
try:
    Strict().z = 1
except AttributeError as e:
    print(e)
class GetattrRaises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    GetattrRaises().q
except KeyError as e:
    print('KeyError escapes', e)
print(hasattr(GetattrRaises(), '__class__'))
try:
    hasattr(GetattrRaises(), 'q')
except KeyError as e:
    print('hasattr lets KeyError through', e)
class AttrErrInProperty:
    @property
    def broken(self):
        raise AttributeError('inner failure')
    def __getattr__(self, name):
        return f'fallback for {name}'
print(AttrErrInProperty().broken)
