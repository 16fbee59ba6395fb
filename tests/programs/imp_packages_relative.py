# Packages, subpackages, relative imports, __path__ manipulation and
# namespace packages, in a tree the program writes to a temporary directory.
import os
import sys
import tempfile

root = tempfile.mkdtemp()


def write(relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


write('pkg/__init__.py', 'from .sub import helper\nVALUE = "pkg"\n')
write('pkg/sub/__init__.py', 'from . import leaf\nfrom .. import other\n'
      'def helper():\n    return leaf.NAME + "/" + other.NAME\n')
write('pkg/sub/leaf.py', 'NAME = "leaf"\nfrom ..other import NAME as OTHER\n')
write('pkg/other.py', 'NAME = "other"\n')
write('extra/pkg_extra.py', 'NAME = "extra"\n')
write('ns1/space/a.py', 'NAME = "a"\n')
write('ns2/space/b.py', 'NAME = "b"\n')
sys.path.insert(0, root)
sys.path.insert(0, os.path.join(root, 'ns1'))
sys.path.insert(0, os.path.join(root, 'ns2'))

import pkg
print(pkg.VALUE, pkg.helper(), pkg.sub.leaf.OTHER)
print(pkg.__package__, pkg.sub.__package__, pkg.sub.leaf.__package__)
print(pkg.__spec__.name, pkg.__spec__.parent, pkg.sub.leaf.__spec__.parent)
print(os.path.relpath(pkg.__file__, root), [os.path.relpath(p, root) for p in pkg.__path__])
print(os.path.relpath(pkg.sub.leaf.__spec__.origin, root))
print(sorted(name for name in sys.modules if name.startswith('pkg')))

pkg.__path__.append(os.path.join(root, 'extra'))
import pkg.pkg_extra
print(pkg.pkg_extra.NAME, pkg.pkg_extra.__name__)

import space.a
import space.b
print(space.a.NAME, space.b.NAME, space.__file__, space.__spec__.origin)
print(type(space.__path__).__name__, sorted(os.path.relpath(p, root) for p in space.__path__))
write('ns1/space/c.py', 'NAME = "c"\n')
import importlib
importlib.invalidate_caches()
import space.c
print(space.c.NAME)

from pkg import sub as s2, other
print(s2 is pkg.sub, other.NAME)
from pkg.sub import *
print('leaf' in dir(), 'helper' in dir())

try:
    from pkg import missing
except ImportError as exc:
    print(type(exc).__name__, exc.name, os.path.relpath(exc.path, root))
    print(str(exc).replace(root, 'ROOT'))
try:
    import pkg.nothing
except ModuleNotFoundError as exc:
    print(exc, exc.name, exc.path)
try:
    import pkg.other.deeper
except ModuleNotFoundError as exc:
    print(exc, exc.name)
try:
    exec('from . import x', {'__name__': 'top'})
except ImportError as exc:
    print(type(exc).__name__, exc)
try:
    exec('from .. import x', {'__name__': 'pkg.other', '__package__': 'pkg'})
except ImportError as exc:
    print(type(exc).__name__, exc)
