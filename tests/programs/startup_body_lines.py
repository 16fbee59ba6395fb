# Module and class bodies without loops are decoded without superinstructions
# and their lines are read only when something asks (ophis.vm.decode.fill):
# line numbers, tracebacks, tracing and f_lineno in such bodies, first asked
# for at different moments.
import sys
import traceback


def where():
    frame = sys._getframe(1)
    return frame.f_code.co_name, frame.f_lineno


print('module body', where())


class Plain:
    print('class body', where())
    a = 1
    b = (a +
         2)
    print('after a two-line statement', where())


def failing_body(source):
    namespace = {}
    code = compile(source, '<body>', 'exec')
    try:
        exec(code, namespace)
    except Exception as exc:
        entries = traceback.extract_tb(exc.__traceback__)
        print(type(exc).__name__, [(e.name, e.lineno) for e in entries[1:]])


failing_body('x = 1\ny = 2\n\n\nz = x / 0\n')
failing_body('class C:\n    a = 1\n    b = a[0]\n')
failing_body('import sys\n' + '\n' * 300 + 'sys.no_such_name\n')
failing_body('a = [1,\n     2,\n     3][\n 5]\n')

# The same body raising twice: the second traceback uses the lines read
# for the first.
code = compile('p = 1\nq = p.missing\n', '<again>', 'exec')
for _ in range(2):
    try:
        exec(code, {})
    except AttributeError as exc:
        print('again', exc.__traceback__.tb_next.tb_lineno)

# Tracing a body that already ran untraced, then once more traced.
body = compile('u = 1\nv = u + 1\nw = (v,\n     u)\n', '<traced>', 'exec')
exec(body, {})
events = []


def tracer(frame, event, arg):
    if frame.f_code is body:
        events.append((event, frame.f_lineno))
    return tracer


sys.settrace(tracer)
exec(body, {})
sys.settrace(None)
print('traced', events)
exec(body, {})

# A body with a loop is fused as before.
total = 0
for i in range(5):
    total += i
print('loop body', total, where())


def raising_at_import():
    import importlib.util
    spec = importlib.util.spec_from_loader('made', loader=None)
    module = importlib.util.module_from_spec(spec)
    try:
        exec(compile('A = 1\n\nB = A.nope\n', '<made>', 'exec'),
             module.__dict__)
    except AttributeError:
        traceback.print_exc(file=sys.stdout)


raising_at_import()
