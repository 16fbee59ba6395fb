import errno
e = OSError(errno.ENOENT, 'No such file', 'missing.txt')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(errno.ENOENT, 'x')).__name__, type(OSError(errno.EACCES, 'x')).__name__)
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as err:
    print(err.errno, err.filename, err)
k = KeyError('key')
print(str(k), repr(k), k.args)
print(str(KeyError()), str(KeyError(1, 2)))
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
print(u.encoding, u.start, u.end, u.reason, str(u))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as err:
    print(err)
s = SyntaxError('msg', ('f.py', 3, 4, 'text here\n', 3, 8))
print(s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, str(s))
st = StopIteration(1, 2)
print(st.value, st.args)
se = SystemExit(3)
print(se.code)
a = AttributeError('x', name='attr', obj=5)
print(a.name, a.obj)
n = NameError('y', name='y')
print(n.name)
i = ImportError('m', name='mod', path='/p')
print(i.name, i.path, i.msg)
class E(Exception):
    pass
x = E(1, 2)
x.extra = 'attr'
print(x.args, x.extra, str(x), repr(x))
x.args = ('new',)
print(x)
print(BaseException().args, str(Exception('a', 'b')))
ex = Exception('w')
print(ex.with_traceback(None) is ex, ex.__traceback__)
g = GeneratorExit()
print(isinstance(g, Exception), isinstance(g, BaseException))
print(ArithmeticError.__subclasses__())
print(LookupError.__mro__)
