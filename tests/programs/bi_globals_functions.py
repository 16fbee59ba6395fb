counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def define_global():
    global created
    created = 'made inside'
define_global()
print(created)

def read_only():
    return counter * 10
print(read_only())

g = globals()
g['dynamic'] = 'added through globals()'
print(dynamic)

def shadow_then_global():
    counter = 'local'
    return counter, globals()['counter']
print(shadow_then_global())

class Config:
    global counter
    counter = 100
print(counter)

def nested():
    def inner():
        global nested_made
        nested_made = 1
    inner()
nested()
print(nested_made)
del g['dynamic']
try:
    dynamic
except NameError as e:
    print(e)
def uses_builtin_shadow():
    return len('abc')
len = lambda x: 'shadowed'
print(uses_builtin_shadow())
del len
print(uses_builtin_shadow())
import builtins
builtins.my_builtin = 'injected'
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)
