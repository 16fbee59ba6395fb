import typing
calls = []
def ann(name):
    calls.append(name)
    return name

def f(a: ann('a'), *, b: ann('b') = 1) -> ann('ret'):
    pass
print(calls, f.__annotations__)

class K:
    x: ann('x')
    y: ann('y') = 2
    z = 3
print(K.__annotations__, calls)
try:
    K.x
except AttributeError as e:
    print(e)
def g():
    v: ann('local not evaluated') = 1
    return v
g()
print(calls)
class Sub(K):
    w: int
print(Sub.__annotations__)
module_level: ann('module')
print(__annotations__, 'module_level' in globals())
def typed(x: int, y: typing.Optional[str] = None) -> list[int]:
    return [x]
print(typing.get_type_hints(typed))
print(typed.__annotations__['return'], type(typed.__annotations__['return']).__name__)
