# importlib.util, importlib.resources, importlib.metadata, pkgutil, runpy
# and zip files on sys.path, over modules the program writes.
import importlib
import importlib.metadata
import importlib.resources
import importlib.util
import os
import pkgutil
import runpy
import shutil
import sys
import tempfile
import zipfile

root = os.path.join(tempfile.gettempdir(), 'ophis_imp_importlib_tools')
shutil.rmtree(root, ignore_errors=True)


def write(relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    return path


loose = write('loose/standalone.py', 'def hello():\n    return "hello " + __name__\n')
spec = importlib.util.spec_from_file_location('standalone_mod', loose)
print(spec.name, spec.origin == loose, spec.has_location, spec.cached is not None)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.hello(), module.__file__ == loose, 'standalone_mod' in sys.modules)
print(type(module.hello) is type(write))

write('tree/respkg/__init__.py', '')
write('tree/respkg/data.txt', 'resource text\n')
write('tree/respkg/sub/__init__.py', '')
write('tree/respkg/sub/mod_a.py', 'A = 1\n')
write('tree/respkg/mod_b.py', 'B = 2\n')
write('tree/respkg/__main__.py', 'import sys\nprint("main of respkg", __name__, sys.argv[1:])\n')
write('tree/script_dir/__main__.py', 'print("main of a directory", __name__)\n')
write('tree/mypkg_dist-1.2.3.dist-info/METADATA',
      'Metadata-Version: 2.1\nName: mypkg-dist\nVersion: 1.2.3\nSummary: test\n')
write('tree/mypkg_dist-1.2.3.dist-info/entry_points.txt',
      '[console_scripts]\nmycmd = respkg.sub.mod_a:main\n')
write('tree/mypkg_dist-1.2.3.dist-info/top_level.txt', 'respkg\n')
sys.path.insert(0, os.path.join(root, 'tree'))

print(importlib.util.find_spec('respkg').submodule_search_locations is not None)
print(importlib.util.find_spec('respkg.sub.mod_a').name)
print(importlib.util.find_spec('no_such_module_here'))
print(importlib.resources.files('respkg').joinpath('data.txt').read_text(), end='')
print(sorted(r.name for r in importlib.resources.files('respkg').iterdir()
             if not r.name.startswith('__pycache__')))
print(importlib.metadata.version('mypkg-dist'))
dist = importlib.metadata.distribution('mypkg-dist')
print(dist.metadata['Summary'], [ep.name for ep in dist.entry_points])

import respkg
print(sorted(m.name for m in pkgutil.iter_modules(respkg.__path__)))
print(sorted(m.name for m in pkgutil.walk_packages(respkg.__path__, 'respkg.')))
print(pkgutil.get_data('respkg', 'data.txt'))

result = runpy.run_module('respkg.mod_b')
print(result['B'], result['__name__'])
sys.argv[1:] = ['x', 'y']
runpy.run_module('respkg', run_name='__main__')
runpy.run_path(os.path.join(root, 'tree', 'script_dir'), run_name='__main__')
print(runpy.run_path(loose)['hello']())

archive = os.path.join(root, 'bundle.zip')
with zipfile.ZipFile(archive, 'w') as z:
    z.writestr('zipped_mod.py', 'VALUE = "from the zip"\ndef f():\n    return 1 / 0\n')
    z.writestr('zpkg/__init__.py', 'from .inner import X\n')
    z.writestr('zpkg/inner.py', 'X = 42\n')
sys.path.insert(0, archive)
import zipped_mod
import zpkg
print(zipped_mod.VALUE, zpkg.X, type(zipped_mod.f) is type(write))
print(zipped_mod.__file__.endswith(os.path.join('bundle.zip', 'zipped_mod.py')))
try:
    zipped_mod.f()
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
