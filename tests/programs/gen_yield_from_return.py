def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total

def outer():
    r1 = yield from inner(2)
    r2 = yield from inner(3)
    return (r1, r2)

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(None))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print('result', e.value)

def from_list():
    x = yield from [1, 2, 3]
    return x
print(list(from_list()))

def delegating_to_iter():
    yield from iter('ab')
    yield from range(2)
    yield from (x * 2 for x in range(2))
print(list(delegating_to_iter()))

def returns_stop():
    return StopIteration('not raised')
    yield
def wrap():
    r = yield from returns_stop()
    print('got back', repr(r))
list(wrap())

class SendableIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('done-' + str(self.n))
        return self.n
def deleg():
    r = yield from SendableIter()
    yield r
print(list(deleg()))
d = deleg()
next(d)
try:
    d.send('x')
except AttributeError as e:
    print(e)

def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1], (), range(2))))
def deep(n):
    if n == 0:
        yield 'bottom'
        return 0
    r = yield from deep(n - 1)
    return r + 1
gen = deep(50)
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print(e.value)
