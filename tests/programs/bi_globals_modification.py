def create(name, value):
    globals()[name] = value
create('dynamic', 42)
print(dynamic)
g = globals()
g['other'] = 'set via dict'
print(other, 'other' in dir())
def read_global():
    return undefined_yet
globals()['undefined_yet'] = 'now defined'
print(read_global())
def local_modification():
    x = 1
    locals()['x'] = 2
    return x
print(local_modification())
class K:
    locals()['injected'] = 'yes'
print(K.injected)
exec('new_global = 7')
print(new_global)
def exec_in_function():
    exec('inner_var = 5')
    return locals().get('inner_var')
print(exec_in_function())
del globals()['dynamic']
print('dynamic' in globals())
