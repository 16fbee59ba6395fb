# An imported module with a syntax error: the uncaught SyntaxError's
# traceback shows no importlib frames.
import os
import shutil
import sys
import tempfile

root = os.path.join(tempfile.gettempdir(), 'ophis_imp_syntax_error_uncaught')
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root)
sys.path.insert(0, root)
with open(os.path.join(root, 'bad_syntax_mod.py'), 'w') as f:
    f.write('x = 1\ndef f(:\n    pass\n')
print('importing')
import bad_syntax_mod
