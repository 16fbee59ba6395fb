import sys

def g():
    try:
        raise ValueError('inside gen')
    except ValueError:
        print('in gen', repr(sys.exception()))
        yield 1
        print('resumed', repr(sys.exception()))
        yield 2
    print('after except', repr(sys.exception()))
    yield 3

it = g()
print(next(it))
print('outside', sys.exception())
try:
    raise KeyError('outer')
except KeyError:
    print(next(it))
    print('outside again', repr(sys.exception()))
print(next(it))

def context_gen():
    try:
        yield
    except KeyError as exc:
        print('context of thrown:', repr(exc.__context__))

cg = context_gen()
next(cg)
try:
    raise IndexError('handling')
except IndexError:
    try:
        cg.throw(KeyError('k'))
    except StopIteration:
        pass
