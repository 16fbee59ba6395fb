data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print('long', n)
while (item := data.pop()) != 3:
    print('popped', item)
print([y for x in range(5) if (y := x * x) > 4])
print(y)
total = 0
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    total += i
else:
    print('not reached')
print(total)
i = 0
while i < 3:
    i += 1
else:
    print('while else', i)
for a, b in zip('abc', range(3)):
    pass
print(a, b)
for x in []:
    pass
print('x' in dir())
nested = [[1, 2], [3]]
print([v for row in nested for v in row if (w := v) > 1], w)
def gen_walrus():
    yield (z := 10)
    yield z + 1
print(list(gen_walrus()))
