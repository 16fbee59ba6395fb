class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print('call', cls.__name__, args)
        return super().__call__(*args)

class Base(metaclass=Meta, flag=True):
    def hello(self):
        return 'hi'

class Child(Base):
    x = 2

print(type(Child).__name__, Child.injected, Child().hello())

class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)

class One(Registry, tag='one'):
    pass

class Two(Registry):
    pass

print(Registry.subclasses, One.tag, Two.tag)

class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return 'desc:' + self.name

class Holder:
    attr = Desc()
    other = Desc()

print(Holder().attr, Holder.other)

class Box:
    def __class_getitem__(cls, item):
        return f'Box[{item.__name__}]'

print(Box[int])

class Fancy:
    def __new__(cls, *args):
        print('Fancy.__new__', args)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v

print(Fancy(3).v)
