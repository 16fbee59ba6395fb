def gen():
    try:
        yield 1
        raise ValueError('inside generator')
    except ValueError as exc:
        yield f'caught {exc}'
    yield 3
print(list(gen()))
def gen_raises():
    yield 1
    raise KeyError('escapes')
g = gen_raises()
print(next(g))
try:
    next(g)
except KeyError as exc:
    print('propagated', exc, g.gi_frame)
try:
    next(g)
except StopIteration:
    print('exhausted after error')
def gen_finally_raise():
    try:
        yield 1
    finally:
        print('finally in gen')
try:
    for x in gen_finally_raise():
        raise RuntimeError('consumer error')
except RuntimeError as exc:
    print('consumer', exc)
def gen_stopiteration():
    yield 1
    next(iter([]))
try:
    list(gen_stopiteration())
except RuntimeError as exc:
    print(exc, type(exc.__cause__).__name__)
