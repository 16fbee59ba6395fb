import traceback

def fail(i):
    e = ValueError(f'failure {i}')
    e.add_note(f'note for {i}')
    return e

group = ExceptionGroup('outer', [fail(1), ExceptionGroup('inner', [fail(2), KeyError('k')])])
group.add_note('group note')
try:
    raise group
except ExceptionGroup as eg:
    lines = traceback.format_exception(eg)
    text = ''.join(lines)
    for line in text.splitlines():
        if 'File' not in line and 'raise' not in line:
            print(line)
e = Exception('multi\nline message')
e.add_note('note\nwith newline')
print(''.join(traceback.format_exception_only(e)))
class CustomNoteStr(Exception):
    pass
c = CustomNoteStr()
c.__notes__ = ['a', 42]
print(''.join(traceback.format_exception_only(c)))
te = traceback.TracebackException.from_exception(group)
print(te.exceptions is not None, len(te.exceptions), te.exc_type.__name__)
print(repr(group.exceptions[1].exceptions[0].__notes__))
