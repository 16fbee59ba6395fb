import traceback
import sys

def level3():
    traceback.print_stack(file=sys.stdout, limit=3)
    return traceback.extract_stack()[-3:]

def level2():
    return level3()

def level1():
    return level2()

for entry in level1():
    print(entry.name, entry.lineno, entry.line)

def failing():
    return {}['nope']

try:
    failing()
except KeyError:
    tb = sys.exc_info()[2]
    for frame, lineno in traceback.walk_tb(tb):
        print('walk', frame.f_code.co_name, lineno)
    print(''.join(traceback.format_exception_only(*sys.exc_info()[:2])), end='')
    summary = traceback.extract_tb(tb)
    print([(s.name, s.lineno, s.line) for s in summary])
    print(traceback.format_exc().splitlines()[-1])
    traceback.print_exc(file=sys.stdout)

try:
    try:
        failing()
    except KeyError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[-1].strip())
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, te.__cause__.exc_type.__name__)
