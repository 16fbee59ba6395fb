class A:
    def __init__(self):
        self.log = ['A']
    def who(self):
        return 'A'
    @classmethod
    def make(cls):
        return cls.__name__

class B(A):
    def __init__(self):
        super().__init__()
        self.log.append('B')
    def who(self):
        return 'B>' + super().who()
    @classmethod
    def make(cls):
        return 'B:' + super().make()

class C(A):
    def __init__(self):
        super().__init__()
        self.log.append('C')
    def who(self):
        return 'C>' + super().who()

class D(B, C):
    def __init__(self):
        super().__init__()
        self.log.append('D')
    def who(self):
        def inner():
            return super(D, self).who()
        return 'D>' + inner()

d = D()
print(d.log, d.who(), D.make(), [k.__name__ for k in D.__mro__])
print(super(B, d).who(), isinstance(d, A), issubclass(D, C))

class E(A):
    def who(self):
        return (lambda: super().who())() if False else super().who()
print(E().who())

class Broken:
    def m():
        return super()
try:
    Broken.m()
except RuntimeError as exc:
    print(exc)
