words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
print(list(map(lambda x: x * 2, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)))
print(max(words, key=lambda w: w[-1]), min(range(10), key=lambda x: (x - 4) ** 2))
add = functools.partial(lambda a, b, c=0: a + b + c, 1, c=10)
print(add(2))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)
