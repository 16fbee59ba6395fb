def check(x):
    assert x > 0
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x

print(check(3))
for bad in (-1, 2.5):
    try:
        check(bad)
    except AssertionError as e:
        print('AssertionError', repr(e), e.args)
try:
    assert False, ('tuple', 'message')
except AssertionError as e:
    print(e.args)
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(e)
class Falsy:
    def __bool__(self):
        print('bool evaluated')
        return False
try:
    assert Falsy(), 'custom falsy'
except AssertionError as e:
    print(e)
print(__debug__)
if __debug__:
    print('debug block runs')
def lazy_message():
    print('message built')
    return 'msg'
assert True, lazy_message()
try:
    assert 0, lazy_message()
except AssertionError as e:
    print('raised with', e)
import builtins
saved = builtins.AssertionError
class Custom(Exception):
    pass
builtins.AssertionError = Custom
try:
    assert False
except Custom:
    print('custom AssertionError from builtins')
except saved:
    print('original AssertionError')
finally:
    builtins.AssertionError = saved
