class Managed:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f'descriptor {getattr(self, "public", "?")} on {objtype.__name__}'
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print('deleting', self.public)
        delattr(obj, self.private)

class Record:
    name = Managed()
r = Record()
r.name = 'x'
print(r.name, Record.name)
del r.name
print(r.name)
Record.late = Managed()
try:
    r.late = 1
except AttributeError as e:
    print('no __set_name__ for late attribute:', e)
Record.__dict__['late'].__set_name__(Record, 'late')
r.late = 5
print(r.late)

class ClassProp:
    def __init__(self, fget):
        self.fget = fget
    def __get__(self, obj, owner):
        return self.fget(owner)
class Config:
    _registry = {'a': 1}
    @ClassProp
    def keys(cls):
        return sorted(cls._registry)
print(Config.keys, Config().keys)

class Meta(type):
    @property
    def meta_prop(cls):
        return f'meta property of {cls.__name__}'
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_prop)
try:
    WithMeta().meta_prop
except AttributeError as e:
    print(e)

class DataOnlyDelete:
    def __get__(self, obj, owner):
        return 'from descriptor'
    def __delete__(self, obj):
        print('delete called')
class H:
    d = DataOnlyDelete()
h = H()
h.__dict__['d'] = 'instance value'
print(h.d)
del h.d
class FuncLike:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: ('bound', a)
class U:
    m = FuncLike()
print(U().m(1, 2), isinstance(U.m, FuncLike))
print(staticmethod(len).__get__(None, U)([1]), classmethod(lambda c: c.__name__).__get__(None, U)())
