# Calls that start past a function's leading RESUME (ophis.vm.function.
# set_entry) and host code calling Ophis functions: trace and profile
# events when tracing starts and stops between calls and inside them,
# f_lineno and f_lasti seen at a callee's first line, __del__ order of a
# returning frame's locals, recursion errors through both call paths.
import sys


def add(a, b):
    return a + b


def first_line():
    frame = sys._getframe()
    return frame.f_lineno - frame.f_code.co_firstlineno


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def __add__(self, other):
        return Box(self.v + other.v)


def work(n):
    total = 0
    for i in range(n):
        total += add(i, 1) + Box(i).get()
    return total


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def profiler(frame, event, arg):
    if event in ('call', 'return'):
        events.append(('profile', event, frame.f_code.co_name))


print(work(3), first_line())
sys.settrace(tracer)
print(work(2))
sys.settrace(None)
print(work(2), first_line())
for event in events:
    print(*event)
events.clear()


def starts_tracing():
    sys.settrace(tracer)
    return add(1, 2)


print(starts_tracing(), work(1))
sys.settrace(None)
print(add(3, 4))
for event in events:
    print(*event)
events.clear()

sys.setprofile(profiler)
print((Box(1) + Box(2)).get())
sys.setprofile(None)
print(sorted([3, 1, 2], key=lambda x: -add(x, 0)))
for event in events:
    print(*event)
events.clear()


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def three_locals(a):
    b = Loud('b')
    c = Loud('c')
    print('returning', a.name)


def caller():
    three_locals(Loud('a'))
    print('back in caller')


caller()
# Host code calling an Ophis function (map): its frame's locals too.
list(map(three_locals, [Loud('m')]))
print('after map')


def deep(n):
    return deep(n + 1)


class Deep:
    def __call__(self):
        return self()


# (An operator method recursing counts two levels per call under Ophis and
# one under CPython, whose operator slots call the method without a depth
# check: not compared here.)
for attempt in (lambda: deep(0), Deep()):
    try:
        attempt()
    except RecursionError as error:
        print('RecursionError', error)
print(add(5, 6))
