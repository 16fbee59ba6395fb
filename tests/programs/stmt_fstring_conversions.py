class Thing:
    def __repr__(self):
        return 'Thing()'
    def __str__(self):
        return 'a thing'
    def __format__(self, spec):
        return f'formatted[{spec}]'
t = Thing()
print(f'{t}', f'{t!r}', f'{t!s}', f'{t!a}', f'{t:spec}', f'{t!r:>10}')
name = 'caf\u00e9'
print(f'{name!a}', f'{name=}', f'{name = }', f'{name=!s}', f'{1 + 1=}')
value = 12345.6789
width, prec = 12, 2
print(f'{value:{width}.{prec}f}|{value:,.1f}|{value:e}|{value:_}')
print(f'{42:#x} {42:#o} {42:#b} {42:08d} {-42:+d} {42:^9}|')
print(f'{"nested {braces}"}', f'{{literal}}', f'{"a" "b"}')
items = {'k': [1, 2]}
print(f'{items["k"][1]}', f"{items['k']!r}")
print(f'{3.14159:.3}', f'{0.5:%}', f'{1e20:g}', f'{12:n}')
import datetime
d = datetime.date(2024, 2, 29)
print(f'{d:%Y/%m/%d}', f'{d!r}')
print(f'''multi
{name}
line''')
print(f'{(lambda x: x * 2)(4)}', f'{[i for i in range(3)]}')
print(f'{"left":<8}|{"right":>8}|{"mid":*^9}')
try:
    f'{t!r:bad spec}' if False else format(3, 'q')
except ValueError as e:
    print(e)
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f'{BadFormat()}'
except TypeError as e:
    print(e)
x = 10
print(f'{x if x > 5 else 0}', f'{x:>{x}}|')
print(F'{x}', rf'\n{x}', fr'{x}\t')
