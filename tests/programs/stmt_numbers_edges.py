print(7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.5), round(1.5), round(2.5), round(-0.5))
print(1e308 * 10, -1e308 * 10, float('inf') - float('inf'), 10 ** 20, 2 ** 100)
print(int('0x1f', 16), int('0b101', 0), int('  42  '), int('1_000'), float('1_0.5'))
for bad in ('12a', '', '1__0'):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2 ** 10000.0
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
print(True + True, True * 3, -True, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3)
try:
    1 << -1
except ValueError as e:
    print(e)
print(abs(-2 + 0j), (1 + 2j) * (3 - 1j), complex('1+2j').conjugate(), (1j) ** 2)
print(int.bit_length(255), (255).to_bytes(2, 'big'), (3.5).as_integer_ratio(), (0.5).hex())
print(max(float('nan'), 1), min(1, float('nan')), sorted([3, 1.5, True]))
print(format(1234567.891, ',.2f'), format(0.000123, '.2e'), format(255, 'x'), f'{-0.0}')
print(hash(-1), hash(-2), hash(1.5), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
import sys
print(sys.maxsize > 2 ** 32, sys.float_info.max > 1e300, sys.int_info.bits_per_digit)
