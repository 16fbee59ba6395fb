# A \N{...} escape needs the program's unicodedata: with
# sys.modules['unicodedata'] = None before the first such escape, compiling
# one is CPython's SyntaxError, in str literals only (bytes have no \N).
import sys

sys.modules['unicodedata'] = None
sources = [
    "'\\N{SOFT HYPHEN}'",
    "b'\\N{SOFT HYPHEN}'",
    "'\\N{NO SUCH NAME}'",
    "x = 1\ny = f'{x}\\N{BULLET}'",
]
for source in sources:
    try:
        if '=' in source:
            exec(source, {})
        else:
            print(repr(eval(source)))
    except SyntaxError as exc:
        print(type(exc).__name__, exc.msg, exc.lineno, exc.offset)
