def leaf():
    try:
        yield 'leaf-1'
        yield 'leaf-2'
    except ValueError as exc:
        print('leaf handles', exc)
        yield 'leaf-recovered'
    return 'leaf-done'
def middle():
    r = yield from leaf()
    print('middle got', r)
    yield 'middle-after'
def top():
    try:
        yield from middle()
    except KeyError as exc:
        print('top handles', exc)
        yield 'top-recovered'
g = top()
print(next(g))
print(g.throw(ValueError('v')))
print(next(g))
print(g.throw(KeyError('k')))
try:
    next(g)
except StopIteration:
    print('done')
g2 = top()
next(g2)
g2.close()
print(g2.gi_frame)
class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return 'x'
def uses_plain_iter():
    yield from Thrower()
p = uses_plain_iter()
next(p)
try:
    p.throw(IndexError('no throw method'))
except IndexError as exc:
    print('propagated', exc)
