from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
import dataclasses

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, label='beta')]
print(sorted(vs))
print(Version(1) == Version(1, label='x'), hash(Version(1)) == hash(Version(1, label='y')))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print('frozen', e)
print(replace(vs[0], patch=9))

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = 'nobody'
    scale: InitVar[int] = 1
    total: int = field(init=False, repr=False)
    _: KW_ONLY
    note: str = ''
    def __post_init__(self, scale):
        self.total = len(self.items) * scale

inv = Inventory(['a', 'b'], scale=10, note='n')
print(inv, inv.total, asdict(inv), astuple(inv))
print([f.name for f in fields(inv)])
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
sl = Slotted(1)
print(sl, hasattr(sl, '__dict__'), Slotted.__slots__)

@dataclass
class Base:
    x: int
    def describe(self):
        return f'{type(self).__name__}({self.x})'
@dataclass
class Child(Base):
    y: int = 5
print(Child(1), Child(1).describe(), Child(1, 2) == Child(1, 2))
print(dataclasses.is_dataclass(Child), dataclasses.is_dataclass(Child(1)))
@dataclass(eq=False)
class Identity:
    v: int
print(Identity(1) == Identity(1))
@dataclass(match_args=True)
class M:
    a: int
    b: str
match M(1, 'z'):
    case M(1, b):
        print('matched', b)
print(M.__match_args__)
