class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__] = cls

class A(Plugin):
    pass
class B(Plugin, name='bee'):
    pass
print(sorted(Plugin.registry))
try:
    class C(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)

class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Model:
    x = Field()
    y = Field()
m = Model()
m.x = 5
print(m.x, m.y, Model.x.name)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('nope ' + name)
try:
    class Broken:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__notes__ if hasattr(e, '__notes__') else None)

class Base:
    def __init_subclass__(cls):
        cls.tag = cls.__name__.lower()
class Child(Base):
    pass
class Grand(Child):
    pass
print(Child.tag, Grand.tag, 'tag' in Base.__dict__)
print(type(Base.__dict__['__init_subclass__']).__name__)
