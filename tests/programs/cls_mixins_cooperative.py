class Base:
    def __init__(self, **kw):
        self.log = ['Base']
        super().__init__()
class Timestamped(Base):
    def __init__(self, stamp=0, **kw):
        super().__init__(**kw)
        self.stamp = stamp
        self.log.append('Timestamped')
class Named(Base):
    def __init__(self, name='anon', **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append('Named')
class Record(Timestamped, Named):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Record')
r = Record(stamp=5, name='rec')
print(r.log, r.stamp, r.name, [c.__name__ for c in Record.__mro__])
class ReprMixin:
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items() if k != 'log')
        return f'{type(self).__name__}({fields})'
class Pretty(ReprMixin, Record):
    pass
print(Pretty(stamp=1))
class Comparable:
    def _key(self):
        raise NotImplementedError
    def __eq__(self, o):
        return self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
class Ver(Comparable):
    def __init__(self, s):
        self.parts = tuple(map(int, s.split('.')))
    def _key(self):
        return self.parts
    def __repr__(self):
        return '.'.join(map(str, self.parts))
print(sorted([Ver('1.10'), Ver('1.2'), Ver('0.9')]), Ver('1.0') == Ver('1.0'))
