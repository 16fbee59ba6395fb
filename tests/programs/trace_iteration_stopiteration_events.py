import sys
ev = []
def tr(frame, event, arg):
    if frame.f_code.co_name in ('main', 'g', 'g2', 'sub'):
        if event == 'exception':
            ev.append((event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__, arg[1].args))
        elif event != 'line':
            ev.append((event, frame.f_code.co_name))
    return tr
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
def g():
    yield 1
    return 'retval'
def g2():
    yield 1
def sub():
    x = yield 1
    return x
def main():
    for x in It(): pass
    for x in g(): pass
    for x in g2(): pass
    r = yield from sub()
    r2 = yield from g2()
    r3 = yield from [1]
def driver():
    m = main()
    next(m); m.send('val'); next(m)
    try: next(m)
    except StopIteration: pass
sys.settrace(tr)
driver()
sys.settrace(None)
for e in ev: print(e)
