import sys
import types

mod = types.ModuleType('virtual', 'A virtual module')
exec('''
_data = {'alpha': 1, 'beta': 2}
def __getattr__(name):
    if name in _data:
        return _data[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return sorted(_data) + ['__getattr__']
''', mod.__dict__)
sys.modules['virtual'] = mod
import virtual
print(virtual.alpha, virtual.beta, dir(virtual))
try:
    virtual.gamma
except AttributeError as e:
    print(e)
from virtual import alpha
print(alpha)
try:
    from virtual import delta
except ImportError as e:
    print(e)
print(virtual.__doc__, virtual.__name__, repr(virtual).startswith("<module 'virtual'"))

this = sys.modules[__name__]
def __getattr__(name):
    return f'lazy {name}'
print(this.anything)
class ModuleSubclass(types.ModuleType):
    def __getattr__(self, name):
        return name * 2
sub = ModuleSubclass('sub')
print(sub.ab)
this.__class__ = ModuleSubclass
print(this.xy, type(this).__name__)
