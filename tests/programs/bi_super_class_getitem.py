class Container:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Container[int], Container['x'], Container[1, 2])
class Sub(Container):
    pass
print(Sub[str])
print(list[int], dict[str, list[int]], type(list[int]).__name__)
import typing
print(typing.List[int], typing.Optional[str])
class G(typing.Generic[typing.TypeVar('T')]):
    pass
print(G[int].__origin__ is G)
