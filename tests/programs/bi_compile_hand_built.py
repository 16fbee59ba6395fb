# compile() of trees built by hand and of filenames given as buffers, as
# CPython 3.11 takes them: ImportFrom level None is 0, a NamedExpr target
# that is not a Name is a TypeError, a bytearray or memoryview filename is
# decoded with a DeprecationWarning.
import ast, warnings
for fn in ['file.py', b'file.py', bytearray(b'file.py'), memoryview(b'file.py')]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        c = compile('pass', fn, 'exec')
        print(type(fn).__name__, repr(c.co_filename),
              [(x.category.__name__, str(x.message), x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('pass', bytearray(b'f.py'), 'exec')
    except DeprecationWarning as e:
        print('as error:', e)
for fn in [['a'], 1]:
    try:
        compile('pass', fn, 'exec')
    except TypeError as e:
        print(type(e).__name__, e)
m = ast.Module(body=[ast.ImportFrom(module='time', names=[ast.alias(name='sleep')], level=None)], type_ignores=[])
ns = {}
exec(compile(ast.fix_missing_locations(m), '<x>', 'exec'), ns)
print('level None:', ns['sleep'].__name__)
m = ast.parse('[(a := 3) for x in y]')
m.body[0].value.elt.target = ast.Constant(value=1)
try:
    compile(ast.fix_missing_locations(m), '<x>', 'exec')
except TypeError as e:
    print(type(e).__name__, e)
m = ast.parse('(a := 3)')
m.body[0].value.target = ast.Attribute(value=ast.Name(id='o', ctx=ast.Load()), attr='x', ctx=ast.Store())
try:
    compile(ast.fix_missing_locations(m), '<x>', 'exec')
except TypeError as e:
    print(type(e).__name__, e)
