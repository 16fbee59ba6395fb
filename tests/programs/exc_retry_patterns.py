import functools
class TransientError(Exception):
    pass
def retry(times, on=(TransientError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k), attempt
                except on as exc:
                    last = exc
                    print(f'attempt {attempt} failed: {exc}')
            raise RuntimeError(f'gave up after {times}') from last
        return wrapper
    return deco
calls = {'n': 0}
@retry(3)
def flaky():
    calls['n'] += 1
    if calls['n'] < 3:
        raise TransientError(f'try {calls["n"]}')
    return 'success'
print(flaky())
@retry(2)
def always():
    raise TransientError('nope')
try:
    always()
except RuntimeError as exc:
    print(exc, type(exc.__cause__).__name__, exc.__cause__)
def suppress_all(fn):
    try:
        return fn()
    except Exception as exc:
        return f'suppressed {type(exc).__name__}'
print(suppress_all(lambda: 1 / 0), suppress_all(lambda: [][1]), suppress_all(lambda: 'fine'))
