import sys
import types

def level3():
    raise ValueError('deep')
def level2():
    level3()
def level1():
    level2()

try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    print(chain)
    first = e.__traceback__
    first.tb_next = first.tb_next.tb_next
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    try:
        first.tb_next = first
    except ValueError as err:
        print(err)
    try:
        first.tb_next = 5
    except TypeError as err:
        print(err)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
    frame = sys._getframe()
    made = types.TracebackType(None, frame, 0, frame.f_lineno)
    print(made.tb_frame.f_code.co_name, made.tb_lasti, made.tb_next)
    try:
        types.TracebackType(None, 'not a frame', 0, 1)
    except TypeError as err:
        print(err)
try:
    raise KeyError('k').with_traceback(made)
except KeyError as k:
    print(k.__traceback__.tb_next is made)
try:
    e = Exception()
    e.__traceback__ = 5
except TypeError as err:
    print(err)
