class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __private_method(self):
        return 'private'
    def call_private(self):
        return self.__private_method()

a = Account('ann')
Account('bob')
print(a.owner(), Account.count(), a.call_private())
print(sorted(k for k in vars(a)))
print('_Account__count' in Account.__dict__)
try:
    a.__owner
except AttributeError as e:
    print(e)

class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = 'sub-' + owner
s = Sub('cy')
print(sorted(vars(s)), s.owner())

class _Leading:
    def m(self):
        self.__x = 1
        return vars(self)
print(_Leading().m())

class __Dunder__:
    def m(self):
        self.__y = 2
        return vars(self)
print(__Dunder__().m())

class Outer:
    class Inner:
        def f(self):
            self.__z = 1
            return list(vars(self))
print(Outer.Inner().f())

class G:
    def get(self):
        return getattr(self, '__hidden', 'no mangling in strings')
    def lam(self):
        return (lambda: self.__v)()
    def comp(self):
        self.__v = 3
        return [self.__v for _ in range(2)]
g = G()
print(g.get(), g.comp(), g.lam())
def __not_mangled():
    return 'module level'
class UsesGlobal:
    def call(self):
        try:
            return __not_mangled()
        except NameError as e:
            return str(e)
print(UsesGlobal().call())
