count = 0

def bump():
    global count
    count += 1
    return count

bump(); bump()
print(count)

def outer():
    x = 'outer'
    def middle():
        nonlocal x
        x = 'middle'
        def inner():
            nonlocal x
            x += '+inner'
        inner()
        return x
    return middle(), x

print(outer())

def shadow():
    count = 'local'
    def read():
        return count
    return read()

print(shadow(), count)

def declare_later():
    global later_name
    later_name = 'set inside'

declare_later()
print(later_name)

def closure_over_loop():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [f() for f in fns]

print(closure_over_loop())

def counter_factory():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc

get, inc = counter_factory()
inc(); inc()
print(get(), get.__closure__ == inc.__closure__)

def unbound_local():
    try:
        print(value)
    except UnboundLocalError as exc:
        print(type(exc).__name__, exc)
    value = 1

unbound_local()

def del_local():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as exc:
        print(exc)
del_local()
