l = []
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
print(Deep(200).depth())
