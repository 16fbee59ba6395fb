def coroutine(fn):
    def start(*a, **k):
        c = fn(*a, **k)
        next(c)
        return c
    start.__name__ = fn.__name__
    return start

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def upper(target):
    try:
        while True:
            target.send((yield).upper())
    except GeneratorExit:
        target.close()
        raise

@coroutine
def printer(prefix):
    try:
        while True:
            print(prefix, (yield))
    except GeneratorExit:
        print(prefix, 'closed')

@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def counter():
    counts = {}
    try:
        while True:
            word = yield
            counts[word] = counts.get(word, 0) + 1
    except GeneratorExit:
        print('counts', sorted(counts.items()))

p = printer('>')
pipeline = grep('py', upper(p))
for line in ['python rocks', 'java', 'pypy too', 'c']:
    pipeline.send(line)
pipeline.close()
u = upper(printer('U'))
u.send('x')
u.close()
c = counter()
b = broadcast([c, printer('B')])
for w in 'a b a c a'.split():
    b.send(w)
c.close()

def averager():
    total, n, avg = 0.0, 0, None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        n += 1
        avg = total / n
    return (n, avg)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {'a': [1, 2, 3], 'b': [10, 20]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
