def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
next(acc)
for v in (10, 20, 5):
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as s:
    print('final', s.value)
def coroutine_style():
    print('started')
    try:
        while True:
            x = yield
            print('received', x)
    except GeneratorExit:
        print('closing')
c = coroutine_style()
next(c)
c.send('a'); c.send('b')
c.close()
def averager():
    count, total, avg = 0, 0, None
    while True:
        term = yield avg
        count += 1
        total += term
        avg = total / count
a = averager()
next(a)
print([a.send(x) for x in (10, 20, 30)])
def grouper(results, key):
    while True:
        results[key] = yield from averager2()
def averager2():
    total = count = 0
    while True:
        term = yield
        if term is None:
            return total / count if count else None
        total += term
        count += 1
results = {}
for key, values in {'a': [1, 2], 'b': [3]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
