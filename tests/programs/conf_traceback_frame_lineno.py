# The frames of a traceback's entries: f_lineno and extract_stack() of a
# frame the exception ended give the line it was at (test_zipimport
# testTraceback).  (A frame that ran on after its first traceback entry
# was made keeps that entry's line in Ophis: see docs/conformance.md.)
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
