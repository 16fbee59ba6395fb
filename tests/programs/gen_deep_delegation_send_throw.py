def leaf(name):
    received = []
    try:
        while True:
            try:
                value = yield f'{name} ready'
                received.append(value)
            except ValueError as e:
                received.append(f'handled {e}')
    finally:
        print(f'{name} closing with', received)

def middle(depth):
    if depth == 0:
        result = yield from leaf('leaf')
    else:
        result = yield from middle(depth - 1)
    return result

g = middle(20)
print(next(g))
print(g.send('one'))
print(g.throw(ValueError('bad')))
print(g.send('two'))
print(g.gi_yieldfrom is not None, type(g.gi_yieldfrom).__name__)
depth = 0
node = g
while node.gi_yieldfrom is not None:
    node = node.gi_yieldfrom
    depth += 1
print('delegation depth', depth, node.gi_frame.f_code.co_name)
g.close()
print(g.gi_frame, node.gi_frame)
def returning_chain(n):
    if n == 0:
        return 'bottom'
        yield
    value = yield from returning_chain(n - 1)
    return f'{value}<{n}'
try:
    next(returning_chain(5))
except StopIteration as e:
    print(e.value)
