class MyError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'

try:
    raise MyError(404, 'not found')
except MyError as exc:
    print(exc, exc.code, repr(exc), exc.args)

e = ValueError('base')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as exc:
    print(exc)

class Hierarchy(LookupError):
    pass
try:
    raise Hierarchy('h')
except LookupError as exc:
    print('caught as LookupError', type(exc).__mro__[1].__name__)

try:
    raise Exception('a', 'b', 3)
except Exception as exc:
    print(exc.args, str(exc))

err = OSError(2, 'No such file', 'x.txt')
print(type(err).__name__, err.errno, err.filename, str(err))
print(type(OSError(13, 'denied')).__name__)
print(isinstance(FileNotFoundError(), OSError), KeyError('k').args, str(KeyError('k')))
try:
    raise StopIteration(7)
except StopIteration as s:
    print(s.value)
ex = SystemExit(3)
print(ex.code)
print(repr(BaseExceptionGroup('m', [KeyboardInterrupt()])))
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u)
