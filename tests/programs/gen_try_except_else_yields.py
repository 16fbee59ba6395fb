def g(fail):
    try:
        yield 'try'
        if fail:
            raise ValueError('requested')
    except ValueError as e:
        yield f'except {e}'
    else:
        yield 'else'
    finally:
        yield 'finally'
    yield 'after'

print(list(g(False)))
print(list(g(True)))

def nested():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                yield ('inner', i)
            finally:
                yield ('inner-finally', i)
        except KeyError as e:
            yield ('caught', e.args[0])
print(list(nested()))

def with_in_gen():
    class CM:
        def __enter__(self):
            return 'resource'
        def __exit__(self, *exc):
            print('exit', exc[0])
    with CM() as r:
        yield r
        yield r + '!'
w = with_in_gen()
print(next(w))
w.close()
w2 = with_in_gen()
next(w2)
try:
    w2.throw(RuntimeError('stop'))
except RuntimeError as e:
    print('propagated', e)

def loop_with_continue():
    for i in range(4):
        try:
            if i % 2:
                continue
            yield i
        finally:
            yield f'f{i}'
print(list(loop_with_continue()))
