"""gc and sys.getrefcount on Ophis functions, frames and the objects they
hold, as CPython shows them for simple cases: referrers of a global's
value, of a function (its module's globals), of a closure's cell content,
referents of containers, gc.garbage under DEBUG_SAVEALL, gc.callbacks
written in Python, freeze/unfreeze counts, and getrefcount deltas."""

import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name


def names(objects):
    return sorted(type(o).__name__ for o in objects)


value = Node('value')
holder = [value]
print('referrers of a list item', names(gc.get_referrers(value)),
      any(r is holder for r in gc.get_referrers(value)),
      any(r is globals() for r in gc.get_referrers(value)))


def function():
    return 1


print('function referred to by its globals',
      any(r is globals() for r in gc.get_referrers(function)))
print('function refers to its globals and code',
      any(r is globals() for r in gc.get_referents(function)),
      any(r is function.__code__ for r in gc.get_referents(function)))


def outer():
    captured = Node('captured')

    def inner():
        return captured
    return inner


inner = outer()
cell = inner.__closure__[0]
print('closure cell', type(cell).__name__,
      any(r is cell for r in gc.get_referrers(cell.cell_contents)),
      any(r is inner.__closure__ for r in gc.get_referrers(cell)))
print('referents of containers', names(gc.get_referents([1, 'a', (2,)])),
      names(gc.get_referents({'k': Node('v')})))


def frame_locals():
    local = Node('local')
    frame = sys._getframe()
    return any(r is frame for r in gc.get_referrers(local)), \
        any(r is local for r in gc.get_referents(frame))


print('a frame and its locals', frame_locals())

# gc.garbage with DEBUG_SAVEALL: the collected cycle is kept there.
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
first = Node('first')
second = Node('second')
first.other, second.other = second, first
del first, second
print('collected', gc.collect() >= 2)
saved = sorted(o.name for o in gc.garbage if type(o) is Node)
print('garbage', saved)
gc.set_debug(0)
gc.garbage.clear()

phases = []


def callback(phase, info):
    phases.append((phase, sorted(info)))


gc.callbacks.append(callback)
gc.collect(1)
gc.callbacks.remove(callback)
print('callbacks', phases)

gc.freeze()
print('frozen some', gc.get_freeze_count() > 0)
gc.unfreeze()
print('unfrozen', gc.get_freeze_count())

# sys.getrefcount: the deltas are CPython's.
item = Node('counted')
base = sys.getrefcount(item)
kept = [item, item]
print('two list slots', sys.getrefcount(item) - base)
mapping = {'a': item}
print('and a dict value', sys.getrefcount(item) - base)
del kept, mapping
print('back to base', sys.getrefcount(item) - base)


def takes(argument):
    return sys.getrefcount(argument) - base


print('passed as an argument', takes(item))
alias = item
print('an alias', sys.getrefcount(item) - base)
del alias


def make_bound():
    return item.__init__


bound = make_bound()
print('a bound method', sys.getrefcount(item) - base)
del bound
print('is tracked', gc.is_tracked(item), gc.is_tracked(1), gc.is_tracked([]),
      gc.is_tracked(function), gc.is_finalized(item))
