class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        print('getattr', name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print('setattr', name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print('delattr', name)
        delattr(self._target, name)

class Target:
    x = 1

p = Proxy(Target())
print(p.x)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, 'y'))

class Every:
    def __getattribute__(self, name):
        if name.startswith('magic'):
            return name.upper()
        return object.__getattribute__(self, name)
    real = 'real'

e = Every()
print(e.magic_word, e.real)
try:
    e.missing
except AttributeError as exc:
    print('AttributeError', exc)

class Ordered:
    def __init__(self):
        self.log = []
    def __getitem__(self, key):
        self.log.append(('get', key))
        return key * 2 if not isinstance(key, slice) else (key.start, key.stop, key.step)
    def __setitem__(self, key, value):
        self.log.append(('set', key, value))
    def __delitem__(self, key):
        self.log.append(('del', key))

o = Ordered()
o[1] = o[2]
del o[3]
o[1:3] = 'x'
print(o[::2])
print(o.log)

class Dirs:
    def __dir__(self):
        return ['b', 'a']
print(dir(Dirs()))
print(getattr(Target, 'x'), getattr(Target, 'nope', 'default'))
