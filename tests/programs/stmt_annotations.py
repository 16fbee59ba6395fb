x: int = 1
y: 'forward'
print(__annotations__)

def f(a: int, b: 'str' = '') -> None:
    local: int = 5
    return local
print(f.__annotations__, f(1))

class C:
    field: list
    other: dict = {}
    def m(self) -> 'C':
        return self
print(C.__annotations__, C.m.__annotations__)
try:
    y
except NameError as exc:
    print(exc)
import typing
def g(p: typing.Optional[int] = None) -> typing.List[str]:
    return []
print(typing.get_type_hints(g))
T = typing.TypeVar('T')
class Box(typing.Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int](3).item, Box.__parameters__)
class P(typing.Protocol):
    def run(self) -> int: ...
class Impl:
    def run(self) -> int:
        return 1
print(isinstance(Impl(), P) if getattr(P, '_is_runtime_protocol', False) else 'not runtime')
class TD(typing.TypedDict):
    a: int
print(TD(a=1))
class NT(typing.NamedTuple):
    a: int
    b: str = 'x'
print(NT(1), NT._fields)
