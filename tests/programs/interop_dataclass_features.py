from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
import dataclasses
@dataclass
class Inventory:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list, repr=False)
    def total(self, price):
        return self.qty * price
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
@dataclass(slots=True)
class Slotted:
    x: int
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 3
inv = Inventory('bolt', 5)
print(inv, inv.total(2), [f.name for f in fields(inv)], dataclasses.astuple(inv))
print(WithPost(3), Slotted(1), hasattr(Slotted(1), '__dict__'), KW(1, b=2))
try:
    KW(1, 2)
except TypeError as exc:
    print(exc)
@dataclass(eq=True, order=True, frozen=True)
class V:
    major: int
    minor: int = 0
print(sorted({V(1, 2), V(1, 0), V(0, 9)}), V(1) < V(1, 1))
try:
    V(1).major = 2
except dataclasses.FrozenInstanceError as exc:
    print('frozen', exc)
