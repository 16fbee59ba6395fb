class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
obj = A()
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, B))
try:
    obj.__class__ = int
except TypeError as e:
    print(e)

class Dynamic:
    pass
Dynamic.method = lambda self: 'added later'
print(Dynamic().method())
del Dynamic.method
print(hasattr(Dynamic(), 'method'))
Made = type('Made', (A,), {'extra': 1, '__qualname__': 'Custom.Qual', '__doc__': 'made doc'})
print(Made.__name__, Made.__qualname__, Made.__doc__, Made().who(), Made.extra)
print(Made.__module__)
try:
    type('Bad', (), {'__qualname__': 5})
except TypeError as e:
    print(e)
Made.__name__ = 'Renamed'
print(Made.__name__, repr(Made))
try:
    Made.__name__ = 5
except TypeError as e:
    print(e)
Made.__qualname__ = 'Q.R'
print(Made.__qualname__)
Made.__bases__ = (B,)
print(Made().who(), Made.__mro__)
class WithDoc:
    """class doc"""
print(WithDoc.__doc__, WithDoc().__doc__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances)
print(type(type).__name__, type(A).__name__, A.__class__.__name__)
print(A.__dict__['who'].__qualname__, A.__module__)
