import math
import fractions
import decimal
import statistics
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(17), math.comb(5, 2), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(math.pi, 4), math.isclose(0.1 + 0.2, 0.3))
print(math.inf > 1e308, math.isnan(float('nan')), math.factorial(10), math.prod([1, 2, 3, 4]))
f = fractions.Fraction(3, 4) + fractions.Fraction(1, 6)
print(f, f.numerator, float(f), fractions.Fraction('0.125'), fractions.Fraction(1, 3).limit_denominator(2))
decimal.getcontext().prec = 6
print(decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal('1.10') + decimal.Decimal('2.2'))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode('aab'))
print(round(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), 4))
print(divmod(7.5, 2), 7.5 % -2, -7 // 2, 2 ** 0.5, (-8) ** (1 / 3) if False else 'skip', 10 ** -3)
print(int.from_bytes(b'\x01\x00', 'big'), (255).to_bytes(2, 'little'), (7).bit_length(), (-7).__abs__())
print(complex('1+2j') * 1j, abs(3 + 4j), float('inf') - float('inf') != 0)
