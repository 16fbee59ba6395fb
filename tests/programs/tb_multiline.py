def compute(a, b,
            c):
    return {'a': a,
            'b': b}[c]

result = compute(
    1,
    2,
    'z',
)
