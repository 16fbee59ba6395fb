def validate(fn):
    def wrapper(*args):
        if any(a < 0 for a in args):
            raise ValueError(f'negative argument to {fn.__name__}')
        return fn(*args)
    return wrapper
@validate
def area(w, h):
    return w * h
print(area(2, 3))
area(2, -1)
