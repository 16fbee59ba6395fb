import string

class Default(dict):
    def __missing__(self, key):
        return '{' + key + '}'

print('{name} is {age}'.format_map(Default(name='ann')))
t = string.Template('$who likes ${what}s')
print(t.substitute(who='tim', what='kung pao'))
print(t.safe_substitute(who='tim'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
class AtTemplate(string.Template):
    delimiter = '@'
print(AtTemplate('@x and @{y}').substitute(x=1, y=2))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} {name:>6} {missing}', 'abc', name='xy'))
class Obj:
    attr = 'value'
    def __getitem__(self, k):
        return k * 2
print('{0.attr} {0[ab]}'.format(Obj()))
print(list(string.Formatter().parse('a{b:>3}c{d!r}')))
