"""Memory stays flat (decision 7) with threads, callbacks from extension
modules into Ophis code, and NumPy arrays (the approach of
tests/vm/test_leaks.py: warm up, note the resident set size, loop, compare).

The counts make a leak visible in a process of about 33 MB: at 200,000
callback iterations keeping one small int per iteration grows it by 15%
(measured); a thread's state, frames or locals (hundreds of bytes) kept at
each of the 20,000 threads, or an array at each of the 50,000 NumPy rounds,
would grow it by more than 5%; so would 90 bytes kept for each of the
100,000 code objects run.
"""

import os
import subprocess

import pytest

from tests.programs.test_programs import ROOT, ophis_command

MEASURE = '''
import gc

def rss():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * 4096

def measure(loop, warm, count):
    loop(warm)
    gc.collect()
    before = rss()
    loop(count)
    gc.collect()
    after = rss()
    print(before, after)
'''

CASES = {
    'threads': ('''
import threading
local = threading.local()
lock = threading.Lock()
shared = []

def target(i):
    local.value = [i] * 10
    with lock:
        shared.append(i)
        if len(shared) > 10:
            del shared[:]
    try:
        raise ValueError(i)
    except ValueError:
        pass

def loop(n):
    for i in range(n):
        t = threading.Thread(target=target, args=(i,))
        t.start()
        t.join()
''', 2_000, 20_000),
    'callbacks': ('''
import ophisext

class Sub(ophisext.Point):
    def __init__(self, x, y=None, label=None):
        super().__init__(x, -x if y is None else y, label=label or str(x))

def add(acc, item):
    return acc + item

def fails(acc, item):
    raise KeyError(item)

def loop(n):
    for i in range(n):
        ophisext.fold(add, range(5), 0)
        ophisext.call(lambda a, *, k: [a, k], i, k=i)
        Sub(i).scaled(2.0)
        try:
            ophisext.fold(fails, [i], 0)
        except KeyError:
            pass
''', 20_000, 200_000),
    # Fresh code objects run once each (each is decoded for the eval loop
    # once): about 90 bytes per code object stayed behind before the
    # decoded forms' registry dropped its dead entries.
    'code objects': ('''
def f(x):
    return x + 1

def loop(n):
    code = f.__code__
    for i in range(n):
        f.__code__ = code.replace()
        f(i)
        if i % 20 == 0:
            eval('i * 2')
    f.__code__ = code
''', 10_000, 100_000),
    'numpy': ('''
import numpy as np

def twice(x):
    return x * 2

class Box:
    def __init__(self, v):
        self.v = v

ufunc = np.frompyfunc(twice, 1, 1)
vec = np.vectorize(lambda x: x + 1)

def loop(n):
    for i in range(n):
        a = np.arange(50, dtype=np.float64) * i
        b = ufunc(a[:5])
        c = vec(np.arange(5))
        d = np.array([Box(j) for j in range(5)], dtype=object)
        e = a[a > 3].sum() + b.sum() + c.sum() + len(d)
''', 5_000, 50_000),
}


@pytest.mark.slow
@pytest.mark.parametrize('name', sorted(CASES))
def test_memory_is_flat(name, tmp_path, extensions_dir):
    directory, skipped = extensions_dir
    if name == 'callbacks' and 'c' in skipped:
        pytest.skip(f'C extension not built: {skipped["c"]}')
    body, warm, count = CASES[name]
    program = tmp_path / 'program.py'
    program.write_text(MEASURE + body + f'\nmeasure(loop, {warm}, {count})\n')
    env = dict(os.environ, PYTHONHASHSEED='0',
               PYTHONPATH=os.pathsep.join([str(directory), str(ROOT)]))
    result = subprocess.run(ophis_command() + [str(program)], cwd=tmp_path,
                            env=env, capture_output=True, text=True,
                            timeout=900)
    assert result.returncode == 0, result.stderr
    before, after = map(int, result.stdout.split())
    assert after <= before * 1.05, (before, after)
