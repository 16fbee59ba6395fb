def f(x):
    "doc"
    return x

f.tag = 'hello'
f.count = 0
print(f.__dict__, f.tag)
f.__dict__['other'] = 1
print(f.other, sorted(vars(f)))
del f.tag
try:
    f.tag
except AttributeError as e:
    print(e)
f.__doc__ = 'new'
print(f.__doc__)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
f.__qualname__ = 'Q.renamed'
print(repr(f).split(' at ')[0])
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(e)
try:
    del f.__dict__
except TypeError as e:
    print(e)
try:
    f.__dict__ = 5
except TypeError as e:
    print(e)
f.__dict__ = {'z': 1}
print(f.z)
f.__defaults__ = (10,)
print(f())
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(e)
def g(*, k=1):
    return k
g.__kwdefaults__ = {'k': 99}
print(g())
g.__kwdefaults__ = None
try:
    g()
except TypeError as e:
    print(e)
print(f.__module__, f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else __builtins__)
f.__module__ = 'elsewhere'
print(f.__module__)
try:
    f.__closure__ = ()
except AttributeError as e:
    print(e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print(e)
print(type(f).__name__, type(f))
