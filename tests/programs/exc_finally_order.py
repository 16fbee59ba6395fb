log = []
def step(name):
    log.append(name)
def nested():
    try:
        step('outer try')
        try:
            step('inner try')
            raise ValueError
        except ValueError:
            step('inner except')
            raise KeyError
        finally:
            step('inner finally')
    except KeyError:
        step('outer except')
    finally:
        step('outer finally')
nested()
print(log)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen_finally():
    print('value', v)
    break
print('loop broken')
def with_return():
    try:
        return 'try value'
    finally:
        print('finally before return')
print(with_return())
def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        print('finally after except return')
print(return_in_except())
def continue_in_finally():
    result = []
    for i in range(3):
        try:
            result.append(i)
        finally:
            continue
    return result
print(continue_in_finally())
