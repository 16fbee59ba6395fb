import itertools
def count_up(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, count_up(10, 5)))
squares = (x * x for x in count_up())
print(take(4, squares), next(squares))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(6)), max(len(list(collatz(i))) for i in range(1, 30)))
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 100, fibonacci())))
def cycle_limited(items, times):
    for _ in range(times):
        yield from items
print(list(cycle_limited('ab', 3)))
evens = filter(lambda x: x % 2 == 0, count_up())
print(take(3, evens))
print(list(itertools.compress('abcdef', itertools.cycle([1, 0]))))
def sieve():
    it = count_up(2)
    while True:
        p = next(it)
        yield p
        it = (x for x in it if x % p) if False else filter(p.__rmod__, it)
print(take(8, sieve()))
