def read_records():
    data = 'name,age\nann,31\nbob,25\ncid,40\ndee,19'
    for line in data.splitlines():
        yield line
def parse(lines):
    header = next(lines).split(',')
    for line in lines:
        yield dict(zip(header, line.split(',')))
def convert(records):
    for r in records:
        r['age'] = int(r['age'])
        yield r
def where(records, pred):
    return (r for r in records if pred(r))
pipeline = where(convert(parse(read_records())), lambda r: r['age'] > 20)
print([r['name'] for r in pipeline])
def window(it, n):
    from collections import deque
    d = deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield tuple(d)
print(list(window(range(6), 3)))
def chunks(seq, size):
    it = iter(seq)
    while chunk := [x for _, x in zip(range(size), it)]:
        yield chunk
print(list(chunks(range(7), 3)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
import itertools
print(list(itertools.islice(primes(), 10)))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave('abc', [1, 2], 'XYZW')))
