def safe_div(xs):
    return [(lambda x: 1 / x)(x) if x else None for x in xs]
print(safe_div([1, 0, 4]))
def first_error(items):
    try:
        return next(x for x in items if 1 / x > 0.3)
    except ZeroDivisionError as exc:
        return f'error: {exc}'
    except StopIteration:
        return 'none'
print(first_error([10, 5, 2]), first_error([10, 0]), first_error([100]))
values = {'a': 1}
getter = lambda k: values[k]
try:
    getter('b')
except KeyError as exc:
    print('lambda raised', exc)
try:
    sum(int(x) for x in '12a')
except ValueError as exc:
    print(exc)
import traceback
try:
    [int(x) for x in ['1', 'b']]
except ValueError:
    print([f.name for f in traceback.extract_tb(__import__('sys').exc_info()[2])])
