"""Micro-benchmarks of the eval loop: each program runs under python3 and
under Ophis in one go, and the ratio is printed (not a test).

    python3 benchmarks/bench_vm.py [name ...]

Programs run under the real ``ophis`` command (Ophis's own front end and
compiler); the figures for the 12 pyperformance benchmarks come from
benchmarks/run.py.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PROGRAMS = {
    'loop': '''
def f(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total
f(300000)
''',
    'calls': '''
def add(a, b):
    return a + b
def f(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t
f(100000)
''',
    'fib': '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(20)
''',
    'methods': '''
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def f(n):
    t = 0
    for i in range(n):
        t += P(i).get()
    return t
f(50000)
''',
    'generators': '''
def gen(n):
    for i in range(n):
        yield i
def f(n):
    return sum(x for x in gen(n))
f(100000)
''',
    'exceptions': '''
def f(n):
    c = 0
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            c += 1
    return c
f(20000)
''',
}


def timed(command, source):
    """Seconds the program's body takes, measured inside the program (so
    start-up and compilation are left out); best of three runs."""
    path = os.path.join(tempfile.gettempdir(), f'ophis_bench_{os.getpid()}.py')
    body = ('import time as _t\n_s = _t.perf_counter()\n' + source +
            '\nprint(_t.perf_counter() - _s)\n')
    with open(path, 'w') as handle:
        handle.write(body)
    best = None
    for _ in range(3):
        out = subprocess.run(command + [path], check=True,
                             capture_output=True, text=True,
                             env=dict(os.environ, PYTHONPATH=ROOT)).stdout
        value = float(out.split()[-1])
        best = value if best is None else min(best, value)
    return best


def startup(command):
    start = time.perf_counter()
    for _ in range(5):
        subprocess.run(command + ['-c', 'pass'], check=True,
                       env=dict(os.environ, PYTHONPATH=ROOT))
    return (time.perf_counter() - start) / 5


def ophis_command():
    """The ``ophis`` command installed next to this interpreter (pip
    install -e .), else the one on PATH."""
    candidate = os.path.join(os.path.dirname(sys.executable), 'ophis')
    if os.path.exists(candidate):
        return [candidate]
    found = shutil.which('ophis')
    if found is None:
        sys.exit('bench_vm.py: no ophis command (pip install -e .)')
    return [found]


def main(names):
    command = ophis_command()
    print(f'start-up: ophis {startup(command) * 1000:.0f} ms, python3 '
          f'{startup([sys.executable]) * 1000:.0f} ms')
    ratios = []
    for name in names or PROGRAMS:
        source = PROGRAMS[name]
        host = timed([sys.executable], source)
        ours = timed(command, source)
        ratios.append(ours / host)
        print(f'{name:12} python3 {host * 1000:8.1f} ms   ophis '
              f'{ours * 1000:8.1f} ms   ratio {ours / host:6.1f}')
    product = 1.0
    for ratio in ratios:
        product *= ratio
    print(f'geometric mean ratio {product ** (1 / len(ratios)):.1f}')


if __name__ == '__main__':
    main(sys.argv[1:])
