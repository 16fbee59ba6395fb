def f(a, b, /, c, d=1, *, e, g=2):
    pass

def h(x):
    pass

def k(*, only):
    pass

def v(a, *args, **kwargs):
    pass

calls = [
    "f()", "f(1)", "f(1, 2)", "f(1, 2, 3)", "f(1, 2, 3, 4, 5)",
    "f(1, 2, 3, e=1, zz=2)", "f(1, 2, c=3, e=4, a=5)", "f(1, 2, 3, c=4, e=5)",
    "f(1, 2, 3, 4, 5, e=1)", "f(a=1, b=2, c=3, e=4)", "h()", "h(1, 2)",
    "h(1, x=2)", "h(y=2)", "k(1)", "k()", "k(only=1, other=2)",
    "v()", "v(1, a=2)", "h(*[1, 2, 3])", "h(**{'x': 1, 'y': 2})",
    "h(1, **{'x': 2})", "h(*(), **{})", "f(1, 2, 3, 4, 5, 6, e=1, g=2)",
    "k(1, 2, only=3)", "(lambda: 0)(1)", "(lambda *, a: 0)()",
]
for call in calls:
    try:
        eval(call)
        print(call, 'ok')
    except TypeError as exc:
        print(call, '->', exc)
