def boom():
    raise ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [TypeError(2), ValueError(3)])])
try:
    boom()
except* ValueError as v:
    print('V', repr(v))
except* TypeError as t:
    print('T', repr(t))
def partial():
    try:
        boom()
    except* TypeError:
        print('only types')
try:
    partial()
except* ValueError as rest:
    print('rest', repr(rest))
try:
    try:
        boom()
    except* ValueError:
        raise RuntimeError('replaced')
except* (RuntimeError, TypeError) as g:
    print('final', sorted(type(e).__name__ for e in g.exceptions))
try:
    compile('for i in range(2):\n    try:\n        pass\n    except* KeyError:\n        continue', 'star', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
