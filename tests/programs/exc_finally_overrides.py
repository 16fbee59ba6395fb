def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_in_finally())

def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
print(loop_control())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(break_in_finally())

def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())

def nested_finally():
    log = []
    try:
        try:
            log.append('inner try')
            return log
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
print(nested_finally())

def except_return_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'except'
    else:
        return 'else'
    finally:
        print('cleanup')
print(except_return_finally())

def else_runs():
    try:
        pass
    except Exception:
        return 'no'
    else:
        return 'else'
print(else_runs())

def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                return i
        finally:
            if i == 3:
                print('leaving at', i)
print(while_finally())

def exc_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))

def with_return():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print('exit', a[0])
    for x in range(3):
        with CM():
            if x == 1:
                return x
print(with_return())
