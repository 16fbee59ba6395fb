from decimal import Decimal, localcontext, ROUND_HALF_UP, InvalidOperation, getcontext
from fractions import Fraction
import math

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
    ctx.rounding = ROUND_HALF_UP
    print(Decimal('2.675').quantize(Decimal('0.01')))
print(Decimal(1) / Decimal(7))
try:
    Decimal('abc')
except InvalidOperation as e:
    print('InvalidOperation', type(e).__name__)
print(Fraction(3, 4) + Fraction(1, 6), Fraction('0.125'), Fraction(1.5).limit_denominator())

class Money:
    def __init__(self, amount):
        self.amount = Decimal(amount)
    def __round__(self, n=0):
        return Money(round(self.amount, n))
    def __trunc__(self):
        return int(self.amount)
    def __floor__(self):
        return math.floor(self.amount)
    def __ceil__(self):
        return math.ceil(self.amount)
    def __float__(self):
        return float(self.amount)
    def __int__(self):
        return int(self.amount)
    def __repr__(self):
        return f'Money({self.amount})'
m = Money('12.345')
print(round(m, 2), math.trunc(m), math.floor(m), math.ceil(m), float(m), int(m))
print(math.isclose(float(m), 12.345), f'{float(m):.1f}')
class Num:
    def __index__(self):
        return 7
print(math.factorial(Num()), hex(Num()), [0] * 3 * 1)
print(getcontext().prec, sum([Decimal('0.1')] * 3), Fraction(1, 3) * 3 == 1)
print(math.fsum([0.1] * 10), sum([0.1] * 10))
