template = '''
def {name}(x):
    """Generated {name}."""
    return x {op} {operand}
'''
ns = {}
for name, op, operand in [('add5', '+', 5), ('times3', '*', 3), ('neg', '*', -1)]:
    exec(template.format(name=name, op=op, operand=operand), ns)
print(ns['add5'](1), ns['times3'](2), ns['neg'](4), ns['add5'].__doc__)
print(ns['add5'].__module__, ns['add5'].__qualname__, ns['add5'].__code__.co_filename)

cls_ns = {}
exec('''
class Generated:
    count = 0
    def __init__(self):
        Generated.count += 1
    def __repr__(self):
        return f"Generated#{Generated.count}"
''', cls_ns)
G = cls_ns['Generated']
print(G(), G(), G.__module__)
exec('import math\nresult = math.sqrt(81)', cls_ns)
print(cls_ns['result'])
code = compile('def f():\n    return __name__\n', 'virtual.py', 'exec')
space = {'__name__': 'virtual_module'}
exec(code, space)
print(space['f'](), space['f'].__module__)
try:
    exec(compile('def g():\n    1/0\ng()', 'virtual2.py', 'exec'), {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_code.co_name)
local_ns = {}
exec('a = 1\nb = a + 1', None, local_ns)
print(local_ns)
def in_function():
    exec('inner_var = 42')
    return locals().get('inner_var')
print(in_function())
