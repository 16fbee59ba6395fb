import sys
def g():
    try:
        raise KeyError('a')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exception()
    yield sys.exception()
it = g()
print(next(it), sys.exception())
print(repr(next(it)))
try:
    raise ValueError('outer')
except ValueError:
    print(repr(next(it)), repr(sys.exception()))
def yield_in_finally():
    try:
        yield 1
    finally:
        yield 'from finally'
y = yield_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(e)
def gen_raises():
    yield 1
    raise IndexError('mid')
try:
    list(gen_raises())
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    print(names)
try:
    print(sorted(gen_raises()))
except IndexError as e:
    print('sorted', e)
def throw_context():
    try:
        yield
    except ValueError as e:
        print('context', repr(e.__context__))
t = throw_context()
next(t)
try:
    raise KeyError('ctx')
except KeyError:
    try:
        t.throw(ValueError('thrown'))
    except StopIteration:
        pass
def sub():
    try:
        yield 1
    except GeneratorExit:
        print('sub got exit')
        raise
def deleg():
    try:
        yield from sub()
    finally:
        print('deleg finally')
d = deleg(); next(d); d.close()
class HostIter:
    def __iter__(self): return self
    def __next__(self): return 5
    def close(self): print('host iter closed')
    def throw(self, *a): print('host throw', a[0]); raise a[0]
def deleg2():
    yield from HostIter()
d2 = deleg2(); next(d2)
try:
    d2.throw(KeyError)
except KeyError:
    print('propagated')
d3 = deleg2(); next(d3); d3.close()
