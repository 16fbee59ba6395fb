def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            def level4():
                return a + b
            return level4
        return level3
    r = level2()()()
    return r, a

print(level1())

def accumulate():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
add = accumulate()
print(add(1), add(2), add(3))

def shadow():
    x = 'outer'
    def inner():
        x = 'inner'
        return x
    return inner(), x
print(shadow())

def cell_and_arg(x):
    def g():
        return x
    x = x * 2
    return g()
print(cell_and_arg(5))

def loop_cells():
    out = []
    for i in range(3):
        def mk(j=i):
            def f():
                return j * i
            return f
        out.append(mk())
    return [f() for f in out]
print(loop_cells())

def gen_closure():
    n = 0
    def g():
        nonlocal n
        while True:
            n += 1
            yield n
    return g(), lambda: n
it, peek = gen_closure()
next(it); next(it)
print(peek())
