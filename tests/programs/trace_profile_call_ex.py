# A profile function sees 'c_call'/'c_return'/'c_exception' for builtins
# called with *args or **kwargs as for plain calls (CPython's do_call_core);
# a method descriptor shows bound to its first argument; an error making
# the argument tuple comes before any event.
import sys

events = []


def profiler(frame, event, arg):
    if event.startswith('c_'):
        events.append((event, getattr(arg, '__qualname__', repr(arg)),
                       repr(getattr(arg, '__self__', None))))
    elif frame.f_code.co_name != 'profiler':
        events.append((event, frame.f_code.co_name))


def python_function(*args, **kwargs):
    return len(args) + len(kwargs)


def gen():
    yield 3
    yield 1


statements = [
    "max([0])",
    "max([0], key=int)",
    "max([0], **dict(key=int))",
    "max(*([0],))",
    "max(*([0],), key=int)",
    "max(*([0],), **dict(key=int))",
    "max(*[gen()])",
    "min(*gen())",
    "str.join(*('-', ['a', 'b']))",
    "str.upper(*['abc'])",
    "python_function(*[1, 2], **{'k': 3})",
    "max(*5)",
    "max(*[[]])",
    "int(*['12'])",
    "list.append(*([],), **{})",
]
for statement in statements:
    events.clear()
    code = compile(statement, '<statement>', 'exec')
    namespace = {'python_function': python_function, 'gen': gen}
    sys.setprofile(profiler)
    try:
        exec(code, namespace)
    except Exception as exc:
        sys.setprofile(None)
        error = f'{type(exc).__name__}: {exc}'
    else:
        sys.setprofile(None)
        error = None
    print(statement, error)
    for event in events:
        print('   ', event)
