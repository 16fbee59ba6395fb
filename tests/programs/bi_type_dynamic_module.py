A = type('A', (), {'x': 1})
print(A.__module__, A.__qualname__, A().x)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
B = Meta('B', (), {})
print(B.__module__, type(B).__name__)
class Meta2(type):
    pass
C = Meta2('C', (A,), {'y': 2})
print(C.__module__, C().x, C.y)
D = type.__new__(type, 'D', (), {})
print(D.__module__)
import types
E = types.new_class('E', (A,), {}, lambda ns: ns.update(z=3))
print(E.__module__ in ('types', '__main__'), E.z)
print(type(1).__name__, type('x') is str)
