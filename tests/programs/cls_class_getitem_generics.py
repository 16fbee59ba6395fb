from typing import Generic, TypeVar, List
T = TypeVar('T')

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box[int], Box[int](3).get(), Box.__parameters__)
class IntBox(Box[int]):
    pass
print(IntBox.__orig_bases__, IntBox(5).get())

class Custom:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Custom[int], Custom['x'], Custom[1, 2])
print(type(Custom.__dict__['__class_getitem__']).__name__)
print(list[int], dict[str, int], type(list[int]).__name__)
try:
    object[int]
except TypeError as e:
    print(e)

class Reg:
    def __class_getitem__(cls, item):
        return (cls, item)
class Sub(Reg):
    pass
print(Sub[3][0].__name__)
def f(x: List[int]) -> 'Box[str]':
    pass
print(f.__annotations__)
