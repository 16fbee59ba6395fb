def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
print(c(), c(), c(10))
print(c.__closure__[0].cell_contents)
print(type(c.__closure__[0]).__name__)
print(c.__code__.co_freevars, make_counter.__code__.co_cellvars)

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))

funcs = [lambda i=i: i * i for i in range(4)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])

def unbound():
    def get():
        return value
    try:
        get()
    except NameError as exc:
        print(type(exc).__name__, exc)
    value = 5
    return get()

print(unbound())

def arg_cell(a):
    def g():
        return a
    a += 1
    return g()

print(arg_cell(41))
