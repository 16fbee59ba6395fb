"""The Rust test extension (src/ophisext_rs.rs, plain extern "C"
declarations against the C API) used from Python code."""

import ophisext_rs as rs

print(rs.__name__, rs.__doc__)
print([rs.fib(n) for n in range(15)], rs.fib(90))
print(rs.reverse('Ophis'), rs.reverse('snake 🐍 ünïcode'), repr(rs.reverse('')))
print(rs.checked_div(17, 5), rs.checked_div(-17, 5), rs.nothing())
print(rs.fib.__doc__, rs.sum_with.__name__)

for action in [lambda: rs.fib(-1), lambda: rs.fib('x'), lambda: rs.reverse(5),
               lambda: rs.checked_div(1, 0), lambda: rs.checked_div(1),
               lambda: rs.nothing(1), lambda: rs.sum_with(abs, 3)]:
    try:
        print(action())
    except Exception as exc:
        print(type(exc).__name__ + ':', exc)


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __float__(self):
        return self.degrees * 9 / 5 + 32


print(rs.sum_with(lambda c: Celsius(c), [0, 100, -40]))
print(rs.sum_with(len, ['ab', 'cde']), rs.sum_with(rs.fib, range(10)))


def check(x):
    if x < 0:
        raise ArithmeticError(f'negative: {x}')
    return x


try:
    rs.sum_with(check, [1, 2, -3])
except ArithmeticError as exc:
    print('ArithmeticError:', exc)

rs.sum_with(lambda s: s.undefined, ['text'])
