import sys

def bad_tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'victim':
        raise RuntimeError('tracer failed')
    return bad_tracer

def victim():
    x = 1
    return x

sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as exc:
    print('caught', exc)
print(sys.gettrace())

def modifier(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'changed' and frame.f_lineno == 21:
        frame.f_locals['value'] = 'modified'
    return modifier

def changed():
    value = 'original'
    return value

sys.settrace(modifier)
print(changed())
sys.settrace(None)
