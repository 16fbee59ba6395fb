class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))

def walk(tree, depth=0):
    yield depth, tree.value
    for c in tree.children:
        yield from walk(c, depth + 1)
print(list(walk(t)))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5]])))

import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)))
print(list(itertools.takewhile(lambda x: x < 4, naturals())))
print([k for k, grp in itertools.groupby('aabbbc')])
print(list(itertools.chain(naturals.__call__().__next__ for _ in range(0))))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
print(list(zip(naturals(), 'abc')))
def pipeline(src):
    for x in src:
        yield x * 10
print(sum(pipeline(range(5))), max(pipeline(iter([3, 1, 2]))))
