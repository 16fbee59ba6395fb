x = 'outer'
print([x for x in range(3)], x)
print({k: v for k, v in enumerate('abc')})
print({c.upper() for c in 'hello'})
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2], [3, 4]]
print([cell for row in matrix for cell in row if cell % 2])
print([y := 10, y ** 2])
print([last := n for n in range(4)], last)

class Scope:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        broken = [v * len(values) for v in values]
    except NameError as exc:
        err = str(exc)

print(Scope.doubled, Scope.err)
gen = (a + b for a in 'ab' for b in 'xy')
print(list(gen))
print(list(zip(*[(1, 'a'), (2, 'b')])))
a, *b, c = range(6)
print(a, b, c)
(p, q), r = 'xy', 3
print(p, q, r)
first, *_ = 'z', 1, 2
print(first, _)
