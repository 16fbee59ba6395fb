"""Every C extension module of the standard library (lib-dynload) and
every built-in module imports from Ophis code, or fails as on CPython, and
offers the same names; a few calls through each family of modules."""

import importlib
import os
import sys
import sysconfig

dynload = os.path.join(sysconfig.get_paths()['platstdlib'], 'lib-dynload')
names = set(sys.builtin_module_names)
for entry in os.listdir(dynload):
    if entry.endswith('.so'):
        names.add(entry.split('.', 1)[0])

for name in sorted(names):
    try:
        module = importlib.import_module(name)
    except Exception as error:
        print(name, 'fails:', type(error).__name__)
        continue
    public = sorted(n for n in dir(module) if not n.startswith('__'))
    print(name, len(public), public[:3])

# Each used once from Ophis code.
import _bisect, _heapq, _json, _pickle, _struct, array, binascii, cmath
import math, select, unicodedata, zlib, _sha256, _md5, _random, _datetime
print(_bisect.bisect_right([1, 3, 5], 4), _heapq.heappop([1, 4, 5]),
      _json.encode_basestring_ascii('é'),
      _pickle.loads(_pickle.dumps({'a': [1, 2]})),
      _struct.pack('<hi', 1, 2), array.array('i', [1, 2]).tobytes(),
      binascii.hexlify(b'ab'), cmath.sqrt(-1), math.comb(5, 2),
      unicodedata.name('é'), zlib.crc32(b'abc'),
      _sha256.sha256(b'x').hexdigest()[:8], _md5.md5(b'x').hexdigest()[:8],
      _datetime.date(2026, 1, 2).isoformat(), hasattr(select, 'poll'))
r = _random.Random(5)
print(r.random())
