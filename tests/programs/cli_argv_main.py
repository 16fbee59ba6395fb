# args: one two --three
import sys
print(sys.argv)
print(__name__, __doc__, __package__, __spec__, __cached__)
print(__file__.endswith('cli_argv_main.py'), type(__loader__).__name__)
print(sorted(k for k in globals() if k.startswith('__')))
print(__builtins__.__name__, __annotations__)
x: int = 5
print(__annotations__)
import __main__
print(__main__.__name__, __main__.x)
