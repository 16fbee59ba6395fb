import io
import os
import pathlib
import tempfile
import shutil

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    (root / 'sub').mkdir()
    f = root / 'sub' / 'data.txt'
    f.write_text('line one\nline two\n', encoding='utf-8')
    print(f.read_text(encoding='utf-8').splitlines(), f.suffix, f.stem, f.parent.name)
    with open(f, 'a', encoding='utf-8') as handle:
        handle.write('line three\n')
    with open(f, encoding='utf-8') as handle:
        for number, line in enumerate(handle, 1):
            print(number, line.rstrip())
    shutil.copy(f, root / 'copy.txt')
    print(sorted(p.name for p in root.rglob('*.txt')))
    print(os.path.getsize(root / 'copy.txt'), (root / 'missing').exists())
    try:
        (root / 'missing').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
buf = io.StringIO()
print('to buffer', 42, sep='|', end='!\n', file=buf)
print(repr(buf.getvalue()))
b = io.BytesIO(b'abc\ndef\n')
print(b.readline(), b.read(), b.tell())
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print('shout', file=u)
print(u.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\n')
w.write('é\n')
w.flush()
print(w.buffer.getvalue())
from contextlib import redirect_stdout, redirect_stderr
capture = io.StringIO()
with redirect_stdout(capture):
    print('captured')
print(repr(capture.getvalue()))
