tests = [
    'a, b = 1, 2, 3', 'a, b = [1]', 'a, b = 5', 'a, *b, c = [1]', 'a, = ()',
    'a, b = "xyz"', '(a, b), c = (1, 2), 3', '[a, b] = {1: 2, 3: 4}', 'a, *b = range(0)',
    '*a, b = iter([1, 2, 3])', 'a, b = (x for x in range(3))', 'a, b = None',
]
for t in tests:
    ns = {}
    try:
        exec(t, ns)
        print(t, '->', {k: v for k, v in ns.items() if k != '__builtins__'})
    except (ValueError, TypeError) as exc:
        print(t, '->', type(exc).__name__, exc)
first, *middle, last = 'hello'
print(first, middle, last)
for (i, (x, y)) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
d = {'a': 1}
k, = d
print(k)
x = y = z = 0
x, y = y, x + 1
print(x, y)
