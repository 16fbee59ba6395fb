import sys
import os
print(__name__, __spec__, __package__, __loader__.__class__.__name__)
print(os.path.basename(__file__), __doc__)
print(sys.argv[0].endswith('cli_main_module_attributes.py'), len(sys.argv))
main = sys.modules['__main__']
print(main.__dict__ is globals(), type(__builtins__).__name__)
print(os.path.basename(sys.path[0]))
print(sorted(k for k in globals() if k.startswith('__')))
print(__cached__ if '__cached__' in globals() else 'no cached')
print(sys.flags.optimize, __debug__)
