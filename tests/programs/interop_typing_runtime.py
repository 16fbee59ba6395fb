from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, Callable, Literal, get_args, get_origin, Union, overload, cast, Final
class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Point(3, 4).dist(), Point(1)._asdict())
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}
print(m, Movie.__total__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closer), isinstance(1, Closer))
print(get_origin(Callable[[int], str]).__name__, get_args(Union[int, str]), get_args(Literal['a', 'b']))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f('a'), cast(int, 'not checked'))
MAX: Final = 3
print(MAX)
