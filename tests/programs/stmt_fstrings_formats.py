import datetime
name = 'World'
value = 3.14159
width = 10
print(f'Hello, {name}!')
print(f'{value:.2f} {value:>{width}.3f} {value!r} {name!s:^9} {name!a}')
print(f'{1 + 2 = }', f'{name = !r:>10}')
print(f'{{literal}} {name.upper()} {[i for i in range(3)]}')
print(f'{3:b} {255:x} {255:#X} {1e6:,.0f} {0.25:%} {-5:+d} {42:08.2f}')
print(f'{"nested {braces}"}', f'{"a" "b"}')
d = datetime.date(2024, 1, 15)
print(f'{d:%Y/%m/%d}', format(d, '%A'))
try:
    '{} {name} {0}'.format('pos', name='kw')
except ValueError as e:
    print(e)
print('{} {name}'.format('pos', name='kw'), '%s %d %.1f' % ('x', 5, 2.55))
class Fmt:
    def __format__(self, spec):
        return f'Fmt({spec})'
    def __str__(self):
        return 'str'
    def __repr__(self):
        return 'repr'
print(f'{Fmt():custom} {Fmt()!s} {Fmt()!r}')
x = 5
print(f'''multi
line {x}''')
print(f'{x:{"<" if x else ">"}5}|')
