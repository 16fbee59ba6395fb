"""faulthandler.dump_traceback's limits and escapes: more than 100 frames,
non-ASCII and very long names, a code object's name and file set by
replace(), output to a file object and to a descriptor."""

import faulthandler
import io
import os
import sys
import tempfile


def dump_text(**kwargs):
    with tempfile.TemporaryFile('w+', encoding='utf-8') as out:
        faulthandler.dump_traceback(out, all_threads=False, **kwargs)
        out.seek(0)
        return out.read()


def deep(n):
    if n:
        return deep(n - 1)
    return dump_text()


text = deep(120)
lines = text.splitlines()
print(len(lines), lines[0], lines[1], lines[-1])


def ünïcödé_名前():
    return dump_text()


print(ünïcödé_名前().splitlines()[2])

long_name = 'f' * 600
namespace = {}
exec(f'def {long_name}():\n    return dump_text()\n',
     {'dump_text': dump_text}, namespace)
line = namespace[long_name]().splitlines()[2]
print(len(line), line[-20:])


def renamed():
    return dump_text()


renamed.__code__ = renamed.__code__.replace(co_name='other\tname',
                                            co_filename='file\u00e9.py')
print(renamed().splitlines()[2])

for bad in [-1, io.StringIO()]:
    try:
        faulthandler.dump_traceback(bad)
    except Exception as exc:
        print(type(exc).__name__, exc)

sys.stdout.flush()
read_end, write_end = os.pipe()
faulthandler.dump_traceback(write_end, all_threads=False)
os.close(write_end)
with os.fdopen(read_end) as pipe:
    print(pipe.read().splitlines())
