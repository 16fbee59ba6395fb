import sys

def where():
    f = sys._getframe(1)
    return f.f_lineno, f.f_code.co_name

def body():
    first = where()
    second = where()
    third = (
        where()
    )
    return first, second, third

print(body())
f = sys._getframe()
print(f.f_lineno, f.f_lasti > 0, isinstance(f.f_lasti, int))

def gen():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_lineno
g = gen()
print(next(g), g.gi_frame.f_lineno, next(g), g.gi_frame.f_lineno)

def lasti_changes():
    f = sys._getframe()
    a = f.f_lasti
    b = f.f_lasti
    return b > a
print(lasti_changes())

def held():
    return sys._getframe()
fr = held()
print(fr.f_lineno, fr.f_code.co_name, fr.f_back is None)
def multi():
    return [sys._getframe().f_lineno
            for _ in range(1)]
print(multi())
print(sys._getframe().f_code.co_filename.endswith('frame_lineno_lasti.py'))
print(sys._getframe().f_back)
