funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 'changed'
    return fs
print([f() for f in make()])

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__[0].cell_contents, get.__code__.co_freevars)

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()
print(outer()())

def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(unbound())
