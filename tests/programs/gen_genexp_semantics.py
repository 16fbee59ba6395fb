def source():
    print('source evaluated')
    return [1, 2, 3]

g = (x * 2 for x in source())
print('created')
print(list(g))
print(list(g))

try:
    (x for x in 5)
except TypeError as e:
    print('eager', e)

x = 10
g = (x + y for y in range(3))
x = 20
print(list(g))

print(sum(i * i for i in range(10)))
print(max((len(w), w) for w in 'the quick brown fox'.split()))
print(type(x for x in []).__name__)
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, gen.gi_code.co_name)
def in_function():
    return (a for a in range(2))
print(in_function().__qualname__)
nested = ((i, j) for i in range(2) for j in range(i, 2) if i != j or i == 0)
print(list(nested))
class K:
    vals = [1, 2]
    doubled = list(v * 2 for v in vals)
print(K.doubled)
try:
    class L:
        n = 3
        bad = list(n + v for v in range(2))
except NameError as e:
    print(e)
it = iter(range(5))
g = (v for v in it)
next(g)
print(next(it))
print(list(g))
print(dict((k, len(k)) for k in ['aa', 'b']))
print(''.join(c.upper() for c in 'hey' if c != 'e'))
