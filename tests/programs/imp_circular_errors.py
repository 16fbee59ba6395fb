# Circular imports: partial modules, CPython's messages for names that do
# not exist yet, errors raised while a module runs (the module leaves
# sys.modules), and an uncaught error's traceback through an import.
import os
import shutil
import sys
import tempfile

# A fixed directory: the uncaught traceback at the end shows its path.
root = os.path.join(tempfile.gettempdir(), 'ophis_imp_circular_errors')
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root)
sys.path.insert(0, root)


def write(name, text):
    with open(os.path.join(root, name), 'w') as f:
        f.write(text)


write('cyc_a.py', 'import cyc_b\nA = 1\ndef get():\n    return cyc_b.B\n')
write('cyc_b.py', 'import cyc_a\nB = 2\nPARTIAL = hasattr(cyc_a, "A")\n')
import cyc_a
print(cyc_a.get(), sys.modules['cyc_b'].PARTIAL)

write('cyc_c.py', 'from cyc_d import D\nC = 3\n')
write('cyc_d.py', 'from cyc_c import C\nD = 4\n')
try:
    import cyc_c
except ImportError as exc:
    print(str(exc).replace(root, 'ROOT'))
    print(exc.name, os.path.relpath(exc.path, root))
print('cyc_c' in sys.modules, 'cyc_d' in sys.modules)

write('broken_mod.py', 'X = 1\nraise ValueError("while importing")\n')
try:
    import broken_mod
except ValueError as exc:
    print('ValueError', exc, 'broken_mod' in sys.modules)

write('syntax_bad.py', 'def f(:\n    pass\n')
try:
    import syntax_bad
except SyntaxError as exc:
    print(type(exc).__name__, exc.msg, exc.lineno, os.path.basename(exc.filename))

write('self_ref.py', 'import self_ref\nSELF = self_ref\n')
import self_ref
print(self_ref.SELF is self_ref)

import importlib
write('reloadable.py', 'COUNT = 1\n')
import reloadable
print(reloadable.COUNT)
write('reloadable.py', 'COUNT = 2  # changed, and longer\n')
importlib.invalidate_caches()
print(importlib.reload(reloadable).COUNT, reloadable.COUNT)

mod = importlib.import_module('cyc_a')
print(mod is cyc_a, importlib.import_module('.other_rel', None) if False else 'skip')
try:
    importlib.import_module('.x')
except TypeError as exc:
    print(exc)

write('raises_late.py', 'def f():\n    return 1 / 0\nf()\n')
import raises_late
