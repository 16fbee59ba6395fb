class Account:
    rate = 0.05
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        """The balance."""
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('negative balance')
        self._balance = value
    @property
    def interest(self):
        return self._balance * self.rate
print(Account.balance.__doc__, type(Account.balance).__name__)
a = Account('ann', 100)
a.balance += 50
print(a.balance, a.interest)
try:
    a.balance = -1
except ValueError as exc:
    print(exc)
try:
    a.interest = 1
except AttributeError as exc:
    print(exc)
try:
    del a.balance
except AttributeError as exc:
    print(exc)
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, l.calls)
import functools
class Cached:
    @functools.cached_property
    def expensive(self):
        print('computing once')
        return [1, 2, 3]
c = Cached()
print(c.expensive, c.expensive, 'expensive' in c.__dict__)
p = property(lambda self: 'from lambda')
class Dyn:
    x = p
print(Dyn().x)
