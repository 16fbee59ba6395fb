# A traceback entry of a function keeps no reference to the module's
# __name__ (CPython's frame points at the module's globals; a function
# object made for it would take __name__ as its __module__).
import socket
import sys


def count_during_handler(call, value):
    try:
        before = sys.getrefcount(value)
        call(value, 0)
    except TypeError:
        return sys.getrefcount(value) - before


def count_after_handler(value):
    before = sys.getrefcount(value)
    try:
        socket.getnameinfo(value, 0)
    except TypeError as exc:
        saved = exc
    held = sys.getrefcount(value) - before
    del saved
    return held


print('module name, getnameinfo:', count_during_handler(socket.getnameinfo, __name__))
print('module name, len:', count_during_handler(len, __name__))
print('module name, kept exception:', count_after_handler(__name__))
