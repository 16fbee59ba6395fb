import builtins
m = __import__('math')
print(m.sqrt(16))
osp = __import__('os.path')
print(osp.__name__)
osp2 = __import__('os.path', fromlist=['join'])
print(osp2.__name__)
j = __import__('json', globals(), locals(), ['dumps'], 0)
print(j.dumps([1]))
try:
    __import__('no_such_module_qq')
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(e, e.name)
from collections import abc as cabc
print(cabc.__name__)
import importlib
print(importlib.import_module('string').ascii_lowercase[:3])
seen = []
orig = builtins.__import__
def tracking(name, *args, **kw):
    seen.append(name)
    return orig(name, *args, **kw)
builtins.__import__ = tracking
import textwrap
from itertools import chain
builtins.__import__ = orig
print(seen)
try:
    __import__('')
except ValueError as e:
    print(e)
try:
    from . import something
except ImportError as e:
    print(e)
