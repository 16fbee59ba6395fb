import sys
calls = []
def hook(*args, **kwargs):
    frame = sys._getframe(1)
    calls.append((args, kwargs, frame.f_code.co_name, frame.f_lineno))
    return 'hook result'
sys.breakpointhook = hook
def f():
    return breakpoint(1, key='v')
print(f())
print(calls)
sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
sys.breakpointhook = sys.__breakpointhook__
import io
sys.stdin = io.StringIO('typed line\nsecond\n')
print(input('prompt> '))
print(input())
try:
    input()
except EOFError as e:
    print('EOF', e)
import builtins
print(builtins.breakpoint is breakpoint)
