eg = ExceptionGroup('top', [
    ValueError('v1'),
    TypeError('t1'),
    ExceptionGroup('inner', [ValueError('v2'), KeyError('k')]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
print(eg.derive([ValueError('d')]).message, eg.message, len(eg.exceptions))

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '!', excs)
mg = MyGroup('mine', [ValueError(1), TypeError(2)])
print(repr(mg.split(TypeError)))

try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print(e)
print(type(BaseExceptionGroup('x', [ValueError()])).__name__)
print(type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(e)

try:
    try:
        raise eg
    except* ValueError as g:
        print('caught values', repr(g))
    except* TypeError as g:
        print('caught types', repr(g))
except ExceptionGroup as remaining:
    print('remaining', repr(remaining))

try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped', repr(g), type(g).__name__)

def raise_in_star():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('new')
try:
    raise_in_star()
except KeyError as e:
    print(repr(e), repr(e.__context__))
eg2 = ExceptionGroup('n', [ValueError(1)])
eg2.add_note('a note')
m, r = eg2.split(ValueError)
print(m.__notes__, r)
