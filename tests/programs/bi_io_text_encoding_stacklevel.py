# io.text_encoding's EncodingWarning blames the frame stacklevel levels up
# (counted from text_encoding's caller), as zipfile.Path.read_text relies on.
import subprocess
import sys

code = '''\
import io, warnings
warnings.simplefilter("always")
def helper(encoding=None):
    return io.text_encoding(encoding, 3)
def api(encoding=None):
    return helper(encoding)
print(api())
print(api("latin-1"))
print(io.text_encoding(None))
def one():
    return io.text_encoding(None, 1)
print(one())
import _io
print(_io.text_encoding(None, 2))
try:
    io.text_encoding(None, 1.5)
except TypeError as exc:
    print("TypeError", exc)
try:
    io.text_encoding()
except TypeError as exc:
    print("TypeError", exc)
print(io.text_encoding, type(io.text_encoding).__name__)
'''

for flags in ([], ['-X', 'warn_default_encoding'],
              ['-X', 'warn_default_encoding', '-X', 'utf8']):
    proc = subprocess.run([sys.executable, *flags, '-c', code],
                          capture_output=True, text=True)
    print(flags, proc.returncode)
    print(proc.stdout, end='')
    print(proc.stderr, end='')
