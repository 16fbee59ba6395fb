"""Parallel speed-up of threads whose C code releases the GIL, under Ophis
and under python3 (not a test).

    python3 benchmarks/bench_threads.py [--jobs N]

Each workload runs N jobs one after another, then in N threads at once, and
the speed-up (sequential time / threaded time) is printed.  The workloads
release the GIL in C: hashlib on large buffers, time.sleep, and the test
extension's spin() (tests/extensions/src/ophisext.c, built here with the
host's compiler).  A last row runs the spin() threads while Python-code
threads keep the interpreter busy, to show the C work goes on in parallel
with Ophis bytecode.
"""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CHILD = r'''
import hashlib, sys, threading, time
import ophisext

jobs = int(sys.argv[1])
data = bytes(range(256)) * (128 * 1024)  # 32 MB


def hashing():
    hashlib.sha256(data).hexdigest()


def sleeping():
    time.sleep(0.2)


def spinning():
    ophisext.spin(150_000_000)


def python_code(stop):
    n = 0
    while not stop:
        n += 1


def timed(target, threaded, busy=False):
    stop = []
    background = [threading.Thread(target=python_code, args=(stop,))
                  for _ in range(2 if busy else 0)]
    for t in background:
        t.start()
    start = time.perf_counter()
    if threaded:
        threads = [threading.Thread(target=target) for _ in range(jobs)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        for _ in range(jobs):
            target()
    elapsed = time.perf_counter() - start
    stop.append(True)
    for t in background:
        t.join()
    return elapsed


for name, target, busy in [('hashlib.sha256 32 MB', hashing, False),
                           ('time.sleep 0.2 s', sleeping, False),
                           ('ophisext.spin (no GIL)', spinning, False),
                           ('spin + 2 Python threads', spinning, True)]:
    sequential = timed(target, False, busy)
    threaded = timed(target, True, busy)
    print(f'{name}\t{sequential:.3f}\t{threaded:.3f}\t'
          f'{sequential / threaded:.2f}')
'''


def run(command, build_dir, jobs):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([build_dir, ROOT]))
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(CHILD)
    try:
        out = subprocess.run(command + [f.name, str(jobs)], env=env,
                             capture_output=True, text=True, check=True)
    finally:
        os.unlink(f.name)
    return [line.split('\t') for line in out.stdout.splitlines()]


def main():
    jobs = 4
    if '--jobs' in sys.argv:
        jobs = int(sys.argv[sys.argv.index('--jobs') + 1])
    sys.path.insert(0, ROOT)
    from tests.extensions.build import EXTENSIONS
    with tempfile.TemporaryDirectory() as build_dir:
        EXTENSIONS['c'].build(build_dir)
        host = run([sys.executable], build_dir, jobs)
        ophis = run([sys.executable, '-m', 'ophis'], build_dir, jobs)
    print(f'{jobs} jobs on {os.cpu_count()} cores; times in seconds')
    print(f'| workload | python3 seq | python3 threads | speed-up | '
          f'ophis seq | ophis threads | speed-up |')
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
    for h, o in zip(host, ophis):
        print(f'| {h[0]} | {h[1]} | {h[2]} | {h[3]}x | {o[1]} | {o[2]} | '
              f'{o[3]}x |')


if __name__ == '__main__':
    main()
