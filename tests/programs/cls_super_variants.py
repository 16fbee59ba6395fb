class A:
    def who(self):
        return 'A'
    @classmethod
    def make(cls):
        return 'A.make(' + cls.__name__ + ')'
    @staticmethod
    def st():
        return 'A.st'

class B(A):
    def who(self):
        return 'B>' + super().who()
    @classmethod
    def make(cls):
        return 'B>' + super().make()
    def nested(self):
        def inner():
            return super(B, self).who()
        return inner()
    def via_lambda(self):
        return (lambda: super(B, self).who())()
    def comp(self):
        try:
            return [super().who() for _ in range(2)]
        except TypeError as e:
            return [super(B, self).who() for _ in range(2)] + [str(e)]
    def gen(self):
        yield super().who()

class C(B):
    def who(self):
        return 'C>' + super().who()

c = C()
print(c.who(), C.make(), c.nested(), c.via_lambda(), c.comp(), list(c.gen()))
print(super(C, c).who(), super(B, c).who())
print(super(C, C).make())
s = super(B, c)
print(repr(s).startswith('<super: <class'), s.__thisclass__.__name__, s.__self_class__.__name__)

class D:
    def broken(self):
        def inner():
            return super().who()
        return inner()
try:
    D().broken()
except RuntimeError as e:
    print('RuntimeError', e)

def outside(self):
    return super().who()
try:
    outside(1)
except RuntimeError as e:
    print('RuntimeError', e)

class E(A):
    def who(self):
        del self
        return super().who()
try:
    E().who()
except RuntimeError as e:
    print('RuntimeError', e)

class F(A):
    def who(self):
        return __class__.__name__ + super().who()
print(F().who())
try:
    super(int, 'x')
except TypeError as e:
    print(e)
class G(A):
    def __init__(self):
        self.v = super().who
print(G().v())
