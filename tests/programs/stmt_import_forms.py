import os.path as osp
import collections.abc
from json import dumps as to_json, loads
from itertools import (
    chain,
    islice,
)
print(osp.join('a', 'b'), collections.abc.Mapping.__name__, to_json([1]), loads('2'))
print(list(islice(chain('ab', 'cd'), 3)))
import sys, types
mod = types.ModuleType('fake_star')
exec('__all__ = ["public", "other"]\npublic = 1\nother = 2\n_private = 3\nhidden = 4', mod.__dict__)
sys.modules['fake_star'] = mod
from fake_star import *
print(public, other, 'hidden' in dir(), '_private' in dir())
mod2 = types.ModuleType('fake_noall')
exec('visible = 1\n_underscore = 2', mod2.__dict__)
sys.modules['fake_noall'] = mod2
from fake_noall import *
print(visible, '_underscore' in dir())
def local_import():
    import math
    from string import ascii_lowercase as letters
    return math.floor(2.5), letters[:3], 'math' in locals()
print(local_import(), 'math' in dir())
class UsesImport:
    import textwrap
    width = textwrap.fill('a b', 10)
print(UsesImport.width, UsesImport.textwrap.__name__)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from os import nonexistent_name
except ImportError as e:
    print(e)
import importlib
m1 = importlib.import_module('json')
import json
print(m1 is json, sys.modules['json'] is json)
try:
    exec('from fake_star import *', {}, {})
    print('star import in exec ok')
except SyntaxError as e:
    print(e)
