# Code objects the host made (a frozen module's, _imp's) run with exec and
# eval from a program, as on CPython.
import importlib.machinery
import _imp
import types

code = importlib.machinery.FrozenImporter.get_code('__hello__')
print(type(code).__name__, code.co_filename)
module = types.ModuleType('hello_copy')
exec(code, module.__dict__)
module.main()
exec(_imp.get_frozen_object('__phello__'), {'__name__': 'p'})
namespace = {}
exec(code, namespace)
print(sorted(k for k in namespace if not k.startswith('__')))
