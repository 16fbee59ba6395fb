# Global and builtin names (LOAD_GLOBAL looks in builtins without a helper
# call when both namespaces are plain dicts) and instance creation (the
# class call binds __init__'s arguments itself when they are positional).
import builtins


def uses_len(x):
    return len(x)


print(uses_len('abc'))
len = lambda x: 'global len'            # shadows the builtin
print(uses_len('abc'))
del len
print(uses_len('abc'))
saved = builtins.len
builtins.len = lambda x: 'patched builtin'
print(uses_len('abc'))
builtins.len = saved
print(uses_len('abc'))
try:
    print(undefined_name_here)
except NameError as exc:
    print('NameError', exc)


def missing_name():
    return not_defined_anywhere


try:
    missing_name()
except NameError as exc:
    print('NameError', exc)


class Globals(dict):
    def __missing__(self, key):
        return f'missing {key}'


namespace = Globals()
exec('def g():\n    return len, abs\nresult = g()', namespace)
print('dict subclass globals', dict.get(namespace, 'result'))
namespace = {'__builtins__': {'len': lambda x: 'own builtins'}}
exec('def g():\n    return len("x")\nresult = g()', namespace)
print('own builtins', namespace['result'])
namespace = {'__builtins__': {}}
try:
    exec('def g():\n    return len("x")\ng()', namespace)
except NameError as exc:
    print('no builtins', exc)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z


class Inherits(Point):
    pass


class ReturnsValue:
    def __init__(self):
        return 5


class OwnNew:
    def __new__(cls, *args):
        print('OwnNew.__new__', args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


p = Point(1, 2)
print(p.x, p.y, Point3(1, 2).z, Point3(1, 2, 3).z, Point3(1, y=2, z=4).z)
print(Inherits(5, 6).y, OwnNew(7).a)
for make in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
             lambda: ReturnsValue(), lambda: Inherits()):
    try:
        make()
    except TypeError as exc:
        print('TypeError', exc)
Point.__init__ = lambda self, *args: setattr(self, 'args', args)
print(Point(1, 2, 3).args)
