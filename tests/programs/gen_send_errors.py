def g():
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)

gen = g()
try:
    gen.send('early')
except TypeError as e:
    print(e)
print(gen.send(None))
print(gen.send('a'))
try:
    gen.send('b')
except StopIteration as e:
    print('stop', e.value)
try:
    gen.send('c')
except StopIteration as e:
    print('stop again', e.value)

def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)

def closer():
    try:
        yield 1
    finally:
        print('closed')
c = closer()
print(c.close())
c = closer()
next(c)
print(c.close(), c.gi_frame)
c.close()

def ignorer():
    while True:
        try:
            yield
        except GeneratorExit:
            print('ignoring')
i = ignorer()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)

def returner():
    try:
        yield
    except GeneratorExit:
        return 'ret'
r = returner()
next(r)
print(r.close())
