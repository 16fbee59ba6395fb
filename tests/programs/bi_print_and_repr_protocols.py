import sys
import io

class Loud:
    def __repr__(self):
        return 'Loud()'
    def __str__(self):
        return 'LOUD'

print(Loud(), [Loud()], (Loud(),), {'k': Loud()}, sep=' | ')
print('a', 'b', sep='', end='')
print()
print(*range(5), sep=', ', end=' <end>\n')
buf = io.StringIO()
print('to buffer', file=buf, flush=True)
print(repr(buf.getvalue()))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print('x', 1, None, file=w)
print(w.parts)
try:
    print('x', file=5)
except AttributeError as e:
    print(e)
try:
    print('x', sep=5)
except TypeError as e:
    print(e)
print(None, True, 1.0, 1e100, -0.0, 1j, b'b', bytearray(b'ba'), ..., NotImplemented)
print(str(1.1), repr(1.1), str('s'), repr('s'), repr("'"), repr('"\''))
class ReprRecursive(list):
    pass
r = ReprRecursive([1])
r.append(r)
print(r, {'self': None})
d = {}
d['d'] = d
print(d)
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print(e)
sys.stdout.write('direct write\n')
print(sys.stdout.isatty() in (True, False), sys.stdout.encoding.lower().replace('-', ''))
