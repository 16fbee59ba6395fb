import io
import sys
print('a', 'b', sep='|', end='<\n')
print(*range(3), sep=', ')
buf = io.StringIO()
print('to buffer', 42, file=buf)
print(repr(buf.getvalue()))
print('stderr line', file=sys.stderr)
sys.stdout.write('direct write\n')
sys.stderr.write('direct stderr\n')
print(flush=True)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print('x', 'y', file=w)
print(w.parts)
old = sys.stdout
sys.stdout = io.StringIO()
print('captured')
captured = sys.stdout.getvalue()
sys.stdout = old
print('got', repr(captured))
print('unicode: caf\u00e9 \u2603', 'emoji-free')
b = io.BytesIO()
b.write(b'bytes\n')
print(b.getvalue())
