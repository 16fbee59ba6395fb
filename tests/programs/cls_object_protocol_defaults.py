class Plain:
    pass

p = Plain()
print(repr(p).startswith('<__main__.Plain object at 0x'), str(p) == repr(p))
print(p == p, p != Plain(), hash(p) == hash(p), format(p, '') == str(p))
try:
    format(p, 'x')
except TypeError as e:
    print(e)
print(p.__sizeof__() > 0, '__dict__' in dir(p), p.__reduce_ex__(2)[0].__name__)
print(Plain.__bases__, Plain.__mro__, Plain.__name__, Plain.__qualname__, Plain.__module__)
print(type(p.__init__).__name__, type(Plain.__init__).__name__, Plain.__init__ is object.__init__)
print(Plain.__dict__['__module__'], sorted(k for k in Plain.__dict__ if not k.startswith('__w')))
print(p.__class__ is Plain, isinstance(p, object), issubclass(Plain, object))
print(Plain.__subclasses__(), object.__subclasshook__(Plain) is NotImplemented)
print(p.__eq__(p), p.__eq__(1), p.__ne__(1), p.__lt__(p))
try:
    p < p
except TypeError as e:
    print(e)
print(bool(p), Plain.__doc__, Plain.__init_subclass__.__name__)
class WithStr:
    def __str__(self):
        return 'custom str'
w = WithStr()
print(str(w), repr(w).startswith('<__main__.WithStr'), format(w, ''), f'{w}', '%s' % w)
class WithRepr:
    def __repr__(self):
        return 'custom repr'
r = WithRepr()
print(str(r), repr(r), f'{r!s}', [r], {'k': r})
class Nested:
    class Inner:
        pass
print(repr(Nested.Inner()).startswith('<__main__.Nested.Inner object'), Nested.Inner.__qualname__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, repr(factory()()).startswith('<__main__.factory.<locals>.Local object'))
