# args: ValueError
# An uncaught exception raises the 'sys.excepthook' audit event before the
# hook runs (CPython's _PyErr_PrintEx); a RuntimeError from an audit hook
# there means nothing is printed, another error is reported as unraisable.
import sys

mode = sys.argv[1] if len(sys.argv) > 1 else ''


def excepthook(exc_type, exc_value, exc_tb):
    print('excepthook', exc_type.__name__, exc_value)


def audit_hook(event, args):
    if event == 'sys.excepthook':
        print(event, args[0] is excepthook, args[1].__name__, repr(args[2]),
              args[3] is args[2].__traceback__)
        sys.stdout.flush()
        if mode == 'RuntimeError':
            raise RuntimeError('refused')
        if mode == 'ValueError':
            raise ValueError('hook failed')


sys.addaudithook(audit_hook)
sys.excepthook = excepthook
raise KeyError('uncaught')
