class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        print('eq called')
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): 'one'}
print(d[Key(1)])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as exc:
    print(exc)
print(NoHash.__hash__)
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f'O{self.v}'
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), min(Ordered(5), Ordered(4)))
print(Ordered(1) > Ordered(0))
class NotImpl:
    def __eq__(self, o):
        return NotImplemented
print(NotImpl() == NotImpl(), NotImpl() != 1, NotImpl() == NotImpl.__eq__)
class Reflected:
    def __radd__(self, o):
        return f'radd({o})'
    def __rsub__(self, o):
        return 'rsub'
print(1 + Reflected(), [1] + Reflected(), 5 - Reflected())
class Both:
    def __eq__(self, o):
        return 'both-eq'
print(1 == Both(), Both() == 1, [Both()] == [1])
