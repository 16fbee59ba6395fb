def nothing():
    pass
def bare():
    return
def multiple():
    return 1, 2
def conditional(x):
    if x:
        return 'yes'
print(nothing(), bare(), multiple(), conditional(0), conditional(1))
def early_in_loop(items):
    for i in items:
        if i < 0:
            return i
    return None
print(early_in_loop([1, -2, -3]), early_in_loop([]))
def returns_function():
    def inner():
        return 'inner'
    return inner
print(returns_function()())
def gen_return():
    yield 1
    return 'value'
g = gen_return()
print(list(g))
