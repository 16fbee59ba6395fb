def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
def kwonly_default(*, opts={}):
    opts['n'] = opts.get('n', 0) + 1
    return opts
print(kwonly_default(), kwonly_default(), kwonly_default.__kwdefaults__)
counter = 0
def evaluated_once(x=(lambda: globals().__setitem__('counter', counter + 1) or counter)()):
    return x
print(evaluated_once(), evaluated_once(), counter)
def defaults_from_scope():
    base = 10
    def inner(a=base):
        return a
    base = 20
    return inner()
print(defaults_from_scope())
