"""tracemalloc under Ophis (ophis.runtime.tracealloc): the program's
traces never show Ophis's own host frames or the launcher's.  (Which
Ophis line made an allocation cannot be known: see the module.)"""

import subprocess
import sys

from tests.faults.test_faulthandler import run, both
from tests.programs.test_programs import ophis_command

CODE = '''import tracemalloc, sys
tracemalloc.start({nframe})
def f():
    return [i * 3 for i in range(20_000)]
data = f()
import json
json.loads('[1, 2, 3]')
snapshot = tracemalloc.take_snapshot()
tb = tracemalloc.get_object_traceback(data[-1])
tracemalloc.stop()
files = set()
for stat in snapshot.statistics('traceback'):
    for frame in stat.traceback:
        files.add(frame.filename)
stdlib = sys.prefix + '/lib/python3.11/'
print(sorted(name for name in files
             if not name.startswith((stdlib, '<frozen ', '<unknown>'))
             and name != '<string>'))
print(tb is None or all(not frame.filename.startswith(sys.prefix + '/bin')
                        and '/ophis/' not in frame.filename for frame in tb))
total = sum(stat.size for stat in snapshot.statistics('filename'))
print(total > 400_000)
'''


def test_no_ophis_frames_in_traces():
    for nframe in (1, 4):
        expected, actual = both(CODE.format(nframe=nframe))
        assert expected[:3] == (0, '[]\nTrue\nTrue\n', '')
        assert actual[:3] == expected[:3], nframe
