from abc import ABC, abstractmethod, abstractproperty
class Animal(ABC):
    @abstractmethod
    def sound(self): ...
    @property
    @abstractmethod
    def legs(self): ...
    def describe(self):
        return f'{type(self).__name__} says {self.sound()} on {self.legs} legs'
class Dog(Animal):
    def sound(self):
        return 'woof'
    @property
    def legs(self):
        return 4
print(Dog().describe())
class Half(Animal):
    def sound(self):
        return '?'
try:
    Half()
except TypeError as exc:
    print(exc)
print(sorted(Animal.__abstractmethods__), Half.__abstractmethods__)
class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return any('draw' in B.__dict__ for B in C.__mro__) or NotImplemented
class Circle:
    def draw(self):
        pass
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(int, Drawable))
