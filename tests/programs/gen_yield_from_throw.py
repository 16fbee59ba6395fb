def inner():
    try:
        yield 'inner1'
        yield 'inner2'
    except KeyError as exc:
        print('inner caught', exc)
        return 'inner result'
    finally:
        print('inner finally')

def outer():
    try:
        res = yield from inner()
        print('outer got', res)
        yield 'outer after'
    except ValueError as exc:
        print('outer caught', exc)
        yield 'outer recovered'

g = outer()
print(next(g))
print(g.throw(KeyError('k')))
print(list(g))

g = outer()
print(next(g), g.gi_yieldfrom.__name__)
print(g.throw(ValueError('v')))
g.close()

g = outer()
next(g)
g.close()
print('closed', g.gi_frame)

def sub():
    x = yield 1
    print('sub received', x)
    y = yield 2
    return x, y

def top():
    r = yield from sub()
    return r

t = top()
print(next(t), t.send('a'))
try:
    t.send('b')
except StopIteration as stop:
    print('top returned', stop.value)

def from_iter():
    yield from [1, 2]
    yield from 'ab'
    yield from range(2)

print(list(from_iter()))
