def f(mode):
    out = []
    for i in range(3):
        try:
            try:
                if mode == 'break' and i == 1:
                    break
                if mode == 'continue' and i == 1:
                    continue
                if mode == 'raise' and i == 1:
                    raise ValueError(i)
                if mode == 'return' and i == 1:
                    return out + ['returned']
                out.append(i)
            finally:
                out.append(f'inner-finally-{i}')
        except ValueError as e:
            out.append(f'caught-{e}')
        else:
            out.append(f'else-{i}')
        finally:
            out.append(f'outer-finally-{i}')
    return out

for mode in ('none', 'break', 'continue', 'raise', 'return'):
    print(mode, f(mode))

def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(swallow())

def exc_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))

def nested_handlers():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise IndexError('b')
        finally:
            print('finally sees', repr(__import__('sys').exception()))
    except IndexError as e:
        return repr(e.__context__)
print(nested_handlers())

def while_try():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 2:
                pass
print(while_try())
