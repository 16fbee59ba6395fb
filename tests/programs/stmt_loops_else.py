def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print('found at', i)
            break
    else:
        print('not found')

find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)

n = 0
while n < 3:
    n += 1
else:
    print('while finished', n)
while True:
    break
else:
    print('never')

for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print('inner done', i)

def loop_return():
    for i in range(5):
        if i == 2:
            return i
    else:
        return 'else'
print(loop_return())
count = 0
for count in range(0):
    pass
print(count)
for i in range(3):
    try:
        if i == 1:
            continue
    finally:
        print('finally', i)
else:
    print('for else after continue')
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
i = 10
while i:
    i -= 3
    if i < 0:
        print('negative', i)
        break
