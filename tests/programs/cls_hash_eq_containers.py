class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        print('hash', self.k)
        return hash(self.k)
    def __eq__(self, other):
        print('eq', self.k, getattr(other, 'k', other))
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self):
        return f'Key({self.k})'

d = {Key(1): 'one'}
print(d[Key(1)])
print(Key(2) in d)
s = {Key('a'), Key('a')}
print(len(s))

class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(e)

class InheritsHash(Key):
    pass
print(InheritsHash.__hash__ is Key.__hash__)
class OverridesEq(Key):
    def __eq__(self, o):
        return False
print(OverridesEq.__hash__)

class BadHash:
    def __hash__(self):
        return 'not an int'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class RaisingHash:
    def __hash__(self):
        raise RuntimeError('no hashing')
try:
    {RaisingHash(): 1}
except RuntimeError as e:
    print(e)
print([1, Key(1)].index(Key(1)) if False else 'skip')
lst = [Key(3), Key(4)]
print(Key(4) in lst, lst.count(Key(3)))
class Frozen:
    __slots__ = ('v',)
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, n, v):
        raise AttributeError('immutable')
    def __hash__(self):
        return hash(('F', self.v))
    def __eq__(self, o):
        return isinstance(o, Frozen) and o.v == self.v
f = Frozen(1)
try:
    f.v = 2
except AttributeError as e:
    print(e)
print(len({Frozen(1), Frozen(1), Frozen(2)}))
