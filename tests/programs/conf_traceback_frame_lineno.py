# The frames of a traceback's entries: f_lineno and extract_stack() of a
# frame the exception ended give the line it was at (test_zipimport
# testTraceback), also when an exception raised on another line of the
# same frame went before (test_exceptions PEP626Tests).  (A frame that
# ran on, or re-raised without a new entry, keeps its last entry's line in
# Ophis: see docs/conformance.md.)
import sys
import traceback


def do_raise(): raise TypeError


def outer():
    x = 1
    do_raise()


def catcher():
    try:
        outer()
    except TypeError as error:
        return error


def lines_of(tb):
    result = []
    while tb is not None:
        frame = tb.tb_frame
        summary = traceback.extract_stack(frame, 1)[0]
        result.append((frame.f_code.co_name, frame.f_lineno, tb.tb_lineno,
                       summary.lineno, summary.line))
        tb = tb.tb_next
    return result


error = catcher()
for entry in lines_of(error.__traceback__.tb_next):
    print(entry)


def gen():
    yield 1
    raise KeyError('in generator')


try:
    list(gen())
except KeyError as error:
    for entry in lines_of(error.__traceback__.tb_next):
        print(entry)


class Body:
    try:
        [][1]
    except IndexError as error:
        body_error = error

print(Body.body_error.__traceback__.tb_lineno)

try:
    exec('a = 1\nb = 1 / 0\n', {})
except ZeroDivisionError as error:
    for entry in lines_of(error.__traceback__.tb_next):
        print(entry)


def reraise():
    try:
        do_raise()
    except TypeError:
        pass
    y = 2
    raise ValueError


try:
    reraise()
except ValueError as error:
    print(error.__traceback__.tb_next.tb_lineno)


# PEP 626: where the frame of each entry is when the exception leaves.
def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    lines = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        lines.append(None if frame.f_lineno is None else frame.f_lineno - frame.f_code.co_firstlineno)
        t = t.tb_next
    return tuple(lines)

def simple():
    1/0
    pass
def in_except():
    try:
        1/0
    except:
        1/0
        pass
def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass
def in_try():
    try:
        1/0
    finally:
        pass
def in_finally_except():
    try:
        1/0
    except:
        pass
    finally:
        1/0
def in_with():
    class E:
        def __enter__(self): return self
        def __exit__(self, *a): 1/0
    with E():
        pass
def in_with_exit():
    class E:
        def __enter__(self): return self
        def __exit__(self, *a): 1/0
    with E():
        1/0
for f in (simple, in_except, in_named_except, in_finally_except,
          in_with, in_with_exit):
    print(f.__name__, lineno_after_raise(f))
try:
    in_except()
except ZeroDivisionError as e:
    print(e.__context__.__traceback__.tb_lineno, e.__traceback__.tb_lineno)
