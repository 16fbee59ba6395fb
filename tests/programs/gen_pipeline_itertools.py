import itertools

def numbers():
    n = 0
    while True:
        yield n
        n += 1

def evens(it):
    return (x for x in it if x % 2 == 0)

def squares(it):
    for x in it:
        yield x * x

print(list(itertools.islice(squares(evens(numbers())), 5)))
print(list(itertools.takewhile(lambda x: x < 20, squares(numbers()))))
a, b = itertools.tee(numbers())
print(next(a), next(a), next(b))
print(list(itertools.islice(itertools.accumulate(numbers()), 6)))
print([list(g) for k, g in itertools.groupby('aabbbc')])
print(list(zip(numbers(), 'xyz')))
print(list(itertools.chain.from_iterable(([i] * i for i in range(4)))))
print(list(map(lambda p: p[0] * p[1], zip(numbers(), itertools.islice(numbers(), 1, 4)))))
print(list(itertools.starmap(pow, ((2, i) for i in range(5)))))
print(list(itertools.compress(numbers(), [1, 0, 1, 1])))
print(list(itertools.pairwise(x for x in 'abcd')))
print(next(filter(lambda v: v > 10, numbers())))
def window(it, n):
    it = iter(it)
    buf = list(itertools.islice(it, n))
    if len(buf) == n:
        yield tuple(buf)
    for x in it:
        buf = buf[1:] + [x]
        yield tuple(buf)
print(list(window(range(6), 3)))
print(sorted((x for x in 'hello'), reverse=True))
print(any(x > 3 for x in numbers()), all(x < 3 for x in range(5)))
print(min(squares(range(-3, 3))), sum(evens(range(10))))
