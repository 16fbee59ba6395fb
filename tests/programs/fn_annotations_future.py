from __future__ import annotations
import typing

def f(a: int, b: 'str' = 'x', *args: float, c: list[int], **kw: dict) -> Undefined:
    pass

print(f.__annotations__)

class Node:
    value: int
    next: Node | None = None
    def link(self, other: Node) -> Node:
        return self
print(Node.__annotations__)
print(Node.link.__annotations__)
print(typing.get_type_hints(Node.link))
x: SomethingUndefined = 5
print(__annotations__)
def g():
    local_ann: int = 1
    unassigned: str
    return local_ann
print(g(), g.__annotations__)
lam = lambda: None
print(lam.__annotations__)
f.__annotations__ = {'new': 'value'}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
