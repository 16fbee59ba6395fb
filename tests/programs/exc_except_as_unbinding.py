e = 'module value'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)

def func():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print('UnboundLocalError:', err)
    return saved
print(repr(func()))

def nested_names():
    try:
        raise KeyError(1)
    except KeyError as a:
        try:
            raise IndexError(2)
        except IndexError as b:
            print(repr(a), repr(b))
        print('b' in locals(), 'a' in locals())
    print('a' in locals())
nested_names()

def closure_capture():
    fns = []
    try:
        raise OSError('cap')
    except OSError as err:
        fns.append(lambda: err)
    try:
        return fns[0]()
    except NameError as e:
        return 'NameError: ' + str(e)
print(closure_capture())

def del_inside():
    try:
        raise ValueError
    except ValueError as x:
        del x
    return 'ok'
print(del_inside())

class K:
    try:
        raise TypeError('class body')
    except TypeError as caught:
        kept = str(caught)
print(K.kept, hasattr(K, 'caught'))
import sys
def exc_info_cleared():
    try:
        raise ValueError('v')
    except ValueError:
        inside = sys.exc_info()[0].__name__
    return inside, sys.exc_info()
print(exc_info_cleared())
