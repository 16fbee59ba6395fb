def a():
    raise ValueError('from a')
def b():
    raise TypeError('from b')

def collect():
    errors = []
    for fn in (a, b):
        try:
            fn()
        except Exception as exc:
            errors.append(exc)
    inner = ExceptionGroup('inner', errors)
    try:
        raise inner
    except ExceptionGroup as g:
        g.add_note('inner note')
        raise ExceptionGroup('outer', [g, KeyError('solo')])

collect()
