class A:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    factor = 10
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        error = str(e)
    pairs = [(x, y) for x in values[:2] for y in range(2)]
    try:
        bad_pairs = [(x, y) for x in range(2) for y in values[:1]]
    except NameError as e:
        error2 = str(e)
print(A.doubled, A.error, A.pairs, A.error2)

x = 'outer'
result = [x for x in range(3)]
print(x, result)
def walrus_leak():
    data = [1, 5, 3]
    if any((big := v) > 4 for v in data):
        return big
print(walrus_leak())
def comp_counter():
    total = 0
    sums = [total := total + v for v in range(5)]
    return sums, total
print(comp_counter())
print([[j for j in range(i)] for i in range(4)])
print({k: [v for v in range(k)] for k in range(3)})
print([y for x in [[1, 2], [3]] for y in x if y % 2])
gen = ((i, j) for i in range(3) if i for j in range(i))
print(list(gen))
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
def nested_closure():
    return [(lambda k=k: k * 2)() for k in range(3)]
print(nested_closure())
print(sorted({c.lower() for c in 'HeLLo'}))
matrix = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in matrix])
print(list(zip(*matrix)))
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(e)
def uses_arg(n):
    return [n * i for i in range(3)]
print(uses_arg(5))
