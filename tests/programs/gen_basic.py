def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'

print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print('stop', stop.value)

def echo():
    received = yield 'ready'
    while True:
        received = yield f'got {received}'

e = echo()
print(next(e), e.send(1), e.send('two'))
e.close()
try:
    e.send(3)
except StopIteration:
    print('closed')

def delegating():
    result = yield from countdown(3)
    print('sub returned', result)
    yield 'after'

print(list(delegating()))

def catcher():
    try:
        yield 1
    except ValueError as exc:
        yield f'caught {exc}'
    finally:
        print('finalized')

c = catcher()
print(next(c), c.throw(ValueError('boom')))
c.close()

squares = (x * x for x in range(6) if x % 2)
print(type(squares).__name__, list(squares), list(squares))
print(sum(i for i in range(101)))

def pep479():
    yield 1
    raise StopIteration('bad')

try:
    list(pep479())
except RuntimeError as exc:
    print(exc, repr(exc.__cause__))

gi = countdown(1)
print(gi.gi_running, gi.gi_frame is not None, gi.gi_code.co_name, gi.__name__)
list(gi)
print(gi.gi_frame)

def unstarted():
    yield
try:
    unstarted().send(5)
except TypeError as exc:
    print(exc)
