class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start
c = Countdown(3)
print(list(c), list(reversed(c)), len(c), sum(c), max(c), 2 in c)
print(sorted(c), tuple(c), set(c) == {1, 2, 3}, dict(enumerate(c)))
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
import itertools
print(list(itertools.islice(Fib(), 10)))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i
print(list(GetItemOnly()), 9 in GetItemOnly(), list(iter(GetItemOnly())))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as exc:
    print(exc)
class NotIterable:
    pass
try:
    for x in NotIterable():
        pass
except TypeError as exc:
    print(exc)
a, b, c2 = Countdown(3)
print(a, b, c2)
print([*Countdown(2), *'xy'])
