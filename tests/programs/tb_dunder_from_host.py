class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        if other == 0:
            return self
        return self + other

print(sum([Money(1), Money(2)]).cents)
print(sum([Money(1), 5]).cents)
