import abc

class Repository(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def create(cls):
        ...
    @staticmethod
    @abc.abstractmethod
    def validate(item):
        ...
    @property
    @abc.abstractmethod
    def size(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with {self.size} items'

print(sorted(Repository.__abstractmethods__))
class Memory(Repository):
    def __init__(self):
        self.items = []
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def validate(item):
        return item is not None
    @property
    def size(self):
        return len(self.items)
m = Memory.create()
m.items.append(1)
print(m.describe(), Memory.validate(None), Memory.__abstractmethods__)
class Half(Repository):
    @classmethod
    def create(cls):
        return cls()
try:
    Half.create()
except TypeError as e:
    print(e)
Half.validate = staticmethod(lambda i: True)
Half.size = property(lambda self: 0)
abc.update_abstractmethods(Half)
print(Half.create().describe())
class Plugin(metaclass=abc.ABCMeta):
    pass
print(isinstance(Plugin, abc.ABCMeta), Plugin.__abstractmethods__)
class WithAbstractSlot(abc.ABC):
    __slots__ = ()
    @abc.abstractmethod
    def run(self):
        raise NotImplementedError
class Impl(WithAbstractSlot):
    def run(self):
        try:
            super().run()
        except NotImplementedError:
            return 'base raised NotImplementedError'
print(Impl().run())
