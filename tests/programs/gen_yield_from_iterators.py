class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration('count done')
        self.n -= 1
        return self.n

def delegate():
    result = yield from Countdown(3)
    yield ('result', result)

print(list(delegate()))

class Sendable:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.log.append(v)
        if len(self.log) > 3:
            raise StopIteration(self.log)
        return len(self.log)
    def throw(self, *a):
        self.log.append(('thrown', a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__))
        return 'handled'

def via():
    r = yield from Sendable()
    return r

v = via()
print(next(v), v.send('a'), v.throw(KeyError))
try:
    v.send('b')
except StopIteration as stop:
    print('finished early', stop.value)
try:
    v.send('c')
except StopIteration as s:
    print('returned', s.value)

def inner():
    x = yield 'i1'
    return x * 2
def middle():
    y = yield from inner()
    z = yield y
    return z
def outer():
    w = yield from middle()
    yield ('outer got', w)

o = outer()
print(next(o), o.send(21), o.send('final'))
print(o.gi_yieldfrom)
