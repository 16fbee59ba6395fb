import traceback, sys
def inner():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=2))
    s = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in s])
    for fs in traceback.StackSummary.extract(traceback.walk_stack(None), limit=2):
        print(fs.name, fs.lineno)
def outer():
    inner()
outer()
def failing():
    return 1 / 0
try:
    failing()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exc(limit=1))
    te = traceback.TracebackException(*sys.exc_info(), capture_locals=True)
    print(''.join(te.format()))
    et, ev, tb = sys.exc_info()
    for frame, lineno in traceback.walk_tb(tb):
        print(frame.f_code.co_name, lineno, sorted(frame.f_locals))
    print(traceback.extract_tb(tb)[-1].colno, traceback.extract_tb(tb)[-1].end_colno)
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(''.join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
