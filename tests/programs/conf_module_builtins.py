# An imported module's namespace holds __builtins__ (the builtins dict), as
# exec() leaves it in CPython's loaders; functions made later in the module
# find their builtins there.  (test_enum TestSpecial.test_ignore and
# test_dynamic_members_with_static_methods, test_builtin test_callable.)
import builtins
import enum
import json
import string

for module in (json, string, enum):
    namespace = vars(module)
    print(module.__name__, '__builtins__' in namespace,
          type(namespace.get('__builtins__')).__name__,
          namespace.get('__builtins__') is builtins.__dict__)

# A class body that raises (from its namespace's __setitem__), then a class
# body whose vars() is its namespace.
def duplicate():
    try:
        class Color(enum.Enum):
            red = 1
            red = 4
    except TypeError as exc:
        print('TypeError:', exc)

def dynamic():
    defines = {'FOO_CAT': 'aloof', 'BAR_DOG': 'friendly', 'FOO_HORSE': 'big'}
    class Foo(enum.Enum):
        vars().update({k: v for k, v in defines.items()
                       if k.startswith('FOO_')})
    print(list(Foo))

duplicate()
dynamic()

# A function of a module made by exec gets the module's builtins.
source = 'def f():\n    return len\n'
namespace = {}
exec(source, namespace)
print(namespace['f']() is len, namespace['__builtins__'] is builtins.__dict__)
