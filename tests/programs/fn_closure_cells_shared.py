def make_pair():
    value = [0]
    shared = 'start'
    def get():
        return shared
    def set_(v):
        nonlocal shared
        shared = v
    return get, set_
g, s = make_pair()
s('changed')
print(g(), g.__closure__[0] is s.__closure__[0])
def counters():
    fns = {}
    for name in ('a', 'b'):
        count = 0
        def inc(step=1, name=name):
            nonlocal count
            count += step
            return name, count
        fns[name] = inc
    return fns
c = counters()
print(c['a'](), c['b'](), c['a'](5))
def cell_before_assignment():
    def read():
        return later
    try:
        read()
    except NameError as exc:
        print(type(exc).__name__, exc)
    later = 'assigned'
    return read()
print(cell_before_assignment())
def delete_cell():
    x = 1
    def read():
        return x
    del x
    try:
        read()
    except NameError as exc:
        print(type(exc).__name__, exc)
delete_cell()
print([cell.cell_contents for cell in (lambda a, b: lambda: a + b)(1, 2).__closure__])
import types
cell = types.CellType(5)
print(cell.cell_contents)
cell.cell_contents = 6
print(cell.cell_contents)
