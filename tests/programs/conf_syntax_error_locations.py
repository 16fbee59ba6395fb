# SyntaxErrors whose location CPython 3.11 reports on the offending token:
# 'break'/'continue' outside a loop inside a with block (unwinding the with
# must not lose the statement's line), and '*' after keyword arguments
# (only then; after positional arguments it is plain invalid syntax).
# (test_syntax test_break_outside_loop, test_continue_outside_loop, the
# module's doctest.)
sources = [
    "with object() as obj:\n break",
    "with object() as obj:\n    continue",
    "try:\n  pass\nfinally:\n    with a:\n        break",
    "async def f():\n    async with a:\n        break",
    "with a:\n  with b:\n     x = 1; continue",
    "for x in y:\n    def g():\n        with a:\n            break",
    "while x:\n    with a:\n        break",
    "f(x, *:)", "f(*a, *:)", "f(*a, *)", "f(x, *a, *)", "f(x, y=1, *:)",
    "f(**k, *a)", "f(**k, *)", "f(x=1, **k, *:)", "f(*)",
    "f(a for a in b, *)", "f(x, y=2, *b, *)",
]
for source in sources:
    try:
        compile(source, '<case>', 'exec')
        print(repr(source), 'compiles')
    except SyntaxError as exc:
        print(repr(source), exc.msg, exc.lineno, exc.offset, exc.end_lineno,
              exc.end_offset)
