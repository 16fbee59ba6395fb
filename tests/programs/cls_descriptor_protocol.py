class Verbose:
    def __get__(self, obj, objtype=None):
        print('get', obj is None, objtype.__name__)
        return 10 if obj is None else 20
    def __set__(self, obj, value):
        print('set', value)
    def __delete__(self, obj):
        print('delete')
class Host:
    attr = Verbose()
h = Host()
print(Host.attr, h.attr)
h.attr = 5
del h.attr
h.__dict__['attr'] = 'instance'
print(h.attr)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'non-data'
class Host2:
    attr = NonData()
h2 = Host2()
print(h2.attr)
h2.attr = 'shadow'
print(h2.attr, Host2.attr)
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class UsesMethod:
    @Method
    def double(self, x):
        return x * 2
print(UsesMethod().double(21))
class ClassProp:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        return self.f(cls)
class WithCP:
    name = 'cls'
    @ClassProp
    def upper(cls):
        return cls.name.upper()
print(WithCP.upper, WithCP().upper)
def func():
    pass
print(func.__get__(None, int) is func, type(func.__get__(1)).__name__)
sm = staticmethod(func)
print(sm.__get__(None, int) is func, callable(sm))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, int)())
