# Audit hooks see the program's events only: the VM's own work (stand-in
# tracebacks, the second tier compiling hot code, loading Ophis's modules)
# raises none, and a hook is called untraced unless its __cantrace__ is
# true, as CPython's sys.audit does.
import sys

vm_events = []


def hook(event, args):
    if event in ('compile', 'exec', 'code.__new__', 'marshal.loads') or (
            event == 'object.__getattr__' and args[1] == 'tb_frame'):
        vm_events.append(event)


sys.addaudithook(hook)


def fail(i):
    try:
        raise ValueError(i)
    except ValueError:
        return i


total = 0
for i in range(400):
    total += fail(i)
print(total, vm_events)

# A hook called for every event grows hot itself: compiling its code must
# not call it again (Ophis recursed here without end).
calls = [0]


def busy_hook(event, args):
    calls[0] += 1


sys.addaudithook(busy_hook)
for i in range(400):
    sys.audit('program.event', i)
print('busy hook saw the program events:', calls[0] >= 400)


class Hook:
    def __init__(self):
        self.seen = []
        self.__cantrace__ = False

    def __call__(self, event, args):
        if event == 'program.traced':
            self.seen.append(args)


traced = []


def tracer(frame, event, arg):
    if frame.f_code is Hook.__call__.__code__:
        traced.append((event, frame.f_lineno))
    return tracer


hook_object = Hook()
sys.addaudithook(hook_object)
sys.settrace(tracer)
sys.audit('program.traced', 1)
hook_object.__cantrace__ = True
sys.audit('program.traced', 2)
hook_object.__cantrace__ = 0
sys.audit('program.traced', 3)
sys.settrace(None)
print(hook_object.seen, traced)
print(total, vm_events)
