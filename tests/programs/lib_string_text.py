import string
import textwrap
from string import Template
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5])
print(Template('$who likes $what').substitute(who='ann', what='tea'))
print(Template('$x and $y').safe_substitute(x=1))
text = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.fill(text, width=40))
print(textwrap.shorten(text, width=30, placeholder='...'))
print(textwrap.indent('a\nb', '> '), textwrap.dedent('    x\n    y'))
class Formatter(string.Formatter):
    def format_field(self, value, spec):
        if spec == 'upper':
            return str(value).upper()
        return super().format_field(value, spec)
print(Formatter().format('{0:upper} {1:>4}', 'hi', 7))
print('Title Case Words'.swapcase(), 'x'.center(5, '*'), 'a-b-c'.rpartition('-'))
print('  strip  '.strip(), 'tabs\there'.expandtabs(4), 'zfill'.zfill(8), 'Ab'.casefold())
