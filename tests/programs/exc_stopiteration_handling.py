it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value, e.args)
print(next(it, 'default'))

def g():
    yield 1
    return 'result'
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print('value', e.value)

class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)))
for x in Count(2):
    print('for', x)

def leaky():
    yield next(iter([]))
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def stop_in_comprehension():
    return [x for x in Count(2)]
print(stop_in_comprehension())

def explicit_raise_stop():
    yield 1
    raise StopIteration('explicit')
try:
    list(explicit_raise_stop())
except RuntimeError as e:
    print(e, repr(e.__cause__))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
def raises_in_next():
    class R:
        def __iter__(self):
            return self
        def __next__(self):
            raise ValueError('during next')
    for _ in R():
        pass
try:
    raises_in_next()
except ValueError as e:
    print(e)
print(list(zip([1, 2], Count(5))))
print(dict.fromkeys(Count(2)))
