"""Ophis against CPython in one run: the 12 pyperformance benchmarks of
../shared/bench/perf.py's default set (alternately, each measurement its own
process), start-up with a warm cache, peak memory of each benchmark process,
and the parse and compile throughput benchmarks of this directory.  Writes
the table into docs/performance.md (between the ``run.py`` markers) unless
--no-write is given.  A benchmark, not a test.

    python3 benchmarks/run.py                       # everything (long)
    python3 benchmarks/run.py --quick               # a few minutes
    python3 benchmarks/run.py --bench nbody,float --rounds 3 --loops-scale 0.2
    python3 benchmarks/run.py --skip-frontend --skip-memory

Needs pyperformance==1.14.0 (the benchmark scripts) and the ``ophis``
command (``pip install -e .``).
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_BENCH = os.path.join(os.path.dirname(ROOT), 'shared', 'bench')
DOC = os.path.join(ROOT, 'docs', 'performance.md')
BEGIN = '<!-- begin: benchmarks/run.py -->'
END = '<!-- end: benchmarks/run.py -->'

DEFAULT_SET = ['nbody', 'richards', 'fannkuch', 'float', 'chaos', 'go',
               'hexiom', 'nqueens', 'raytrace', 'spectral_norm', 'deltablue',
               'pyflate']


def interpreters():
    """The real executables (not pyenv's shell shims, whose own start-up
    would dominate the start-up figure)."""
    python = sys.executable
    ophis = os.path.join(os.path.dirname(python), 'ophis')
    if not os.path.exists(ophis):
        ophis = shutil.which('ophis')
    return python, ophis


def perf_layout(tmp):
    """perf.py expects to sit next to a ``bench`` directory."""
    os.symlink(os.path.join(SHARED_BENCH, 'perf.py'),
               os.path.join(tmp, 'perf.py'))
    os.symlink(SHARED_BENCH, os.path.join(tmp, 'bench'))
    return os.path.join(tmp, 'perf.py')


def run_perf(perf, python, ophis, names, rounds, scale, timeout, tmp):
    out = os.path.join(tmp, 'perf.json')
    cmd = [python, perf, '--base', python, '--new', ophis,
           '--bench', ','.join(names), '--rounds', str(rounds),
           '--loops-scale', str(scale), '--timeout', str(timeout),
           '--json', out]
    print('$', ' '.join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    with open(out) as f:
        return json.load(f)


def _bench_module():
    sys.path.insert(0, SHARED_BENCH)
    try:
        import perf
    finally:
        del sys.path[0]
    return perf


def peak_memory(python, ophis, names, scale, timeout):
    """ru_maxrss (KiB) of one benchmark process under each interpreter."""
    perf = _bench_module()
    bench_dir = perf.default_bench_dir()
    run_bench = os.path.join(SHARED_BENCH, 'run_bench.py')
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    result = {}
    for name in names:
        directory, bargs, loops = perf.BENCHMARKS[name]
        loops = max(1, int(round(loops * scale)))
        script = os.path.join(bench_dir, directory, 'run_benchmark.py')
        for which, interp in (('base', python), ('new', ophis)):
            cmd = [interp, run_bench, '--loops', str(loops), '--warmups', '0',
                   '--runs', '1', script] + bargs
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL,
                                    stdin=subprocess.DEVNULL, env=env)
            deadline = time.monotonic() + timeout
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.monotonic() > deadline:
                    proc.kill()
                    pid, status, usage = os.wait4(proc.pid, 0)
                    break
                time.sleep(0.05)
            result.setdefault(name, {})[which] = usage.ru_maxrss
        print(f'  memory {name}: {result[name]["base"]} KiB / '
              f'{result[name]["new"]} KiB', flush=True)
    return result


def startup(python, ophis, times):
    """Median wall time of ``-c pass``, alternately, after a warm-up run of
    each (so the .pyc caches are warm)."""
    samples = {'base': [], 'new': []}
    cmds = {'base': [python, '-c', 'pass'], 'new': [ophis, '-c', 'pass']}
    for cmd in cmds.values():
        subprocess.run(cmd, check=True)
    for i in range(times):
        order = ('base', 'new') if i % 2 == 0 else ('new', 'base')
        for which in order:
            t0 = time.perf_counter()
            subprocess.run(cmds[which], check=True)
            samples[which].append(time.perf_counter() - t0)
    return {k: statistics.median(v) for k, v in samples.items()}


def frontend(python, limit):
    """The parse and compile throughput benchmarks, their output kept."""
    out = {}
    for script, args in (('bench_parse.py', ['--limit', str(limit)] if limit else []),
                         ('bench_compile.py', ['--limit', str(limit)] if limit else [])):
        cmd = [python, os.path.join(ROOT, 'benchmarks', script)] + args
        print('$', ' '.join(cmd), flush=True)
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
        out[script] = proc.stdout.strip()
        print(out[script], flush=True)
    return out


def machine():
    model = platform.processor() or platform.machine()
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    model = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float('nan')
    return (f'{model}, {os.cpu_count()} cores, load average {load:.1f} at '
            f'the end, Python {platform.python_version()}')


def table(perf_data, memory, start, front, args, label):
    lines = []
    now = datetime.datetime.now(datetime.timezone.utc)
    lines.append(f'`python3 benchmarks/run.py {label}` -- '
                 f'{now:%Y-%m-%d %H:%M} UTC, {machine()}; '
                 f'{args.rounds} processes per benchmark and interpreter, '
                 f'loops scaled by {args.loops_scale}.')
    lines.append('')
    if perf_data is not None:
        lines.append('| benchmark | CPython s/iter | Ophis s/iter | ratio | '
                     'spread (CPython / Ophis) | peak memory (CPython / Ophis) |')
        lines.append('| --- | ---: | ---: | ---: | ---: | ---: |')
        for row in perf_data['results']:
            b, n = row['base'], row['new']
            sb = (max(row['base_samples']) - min(row['base_samples'])) / b
            sn = (max(row['new_samples']) - min(row['new_samples'])) / n
            mem = ''
            m = (memory or {}).get(row['name'])
            if m:
                mem = (f'{m["base"] / 1024:.0f} / {m["new"] / 1024:.0f} MiB '
                       f'({m["new"] / m["base"]:.1f}x)')
            lines.append(f'| {row["name"]} | {b:.4g} | {n:.4g} | '
                         f'{n / b:.1f}x | {100 * sb:.0f}% / {100 * sn:.0f}% | '
                         f'{mem} |')
        for key, err in sorted(perf_data.get('errors', {}).items()):
            lines.append(f'| {key} | failed: {err[:60]} | | | | |')
        ratios = [r['new'] / r['base'] for r in perf_data['results']]
        if ratios:
            geo = math.exp(sum(map(math.log, ratios)) / len(ratios))
            lines.append(f'| **geometric mean** ({len(ratios)}) | | | '
                         f'**{geo:.1f}x** | | |')
        lines.append('')
    if start:
        lines.append(f'Start-up (`-c pass`, warm cache, median of '
                     f'{args.startup_runs}): CPython {1000 * start["base"]:.0f} ms, '
                     f'Ophis {1000 * start["new"]:.0f} ms, '
                     f'{start["new"] / start["base"]:.1f}x.')
        lines.append('')
    for script, text in (front or {}).items():
        lines.append(f'`{script}`' + (f' (--limit {args.frontend_limit})'
                                      if args.frontend_limit else '') + ':')
        lines.append('')
        lines.append('```')
        lines.extend(text.splitlines())
        lines.append('```')
        lines.append('')
    return '\n'.join(lines).rstrip() + '\n'


def write_doc(text):
    with open(DOC) as f:
        doc = f.read()
    block = f'{BEGIN}\n{text}{END}'
    if BEGIN in doc and END in doc:
        head, _, rest = doc.partition(BEGIN)
        _, _, tail = rest.partition(END)
        doc = head + block + tail
    else:
        doc = doc.rstrip() + '\n\n## Eval loop: the benchmarks\n\n' + block + '\n'
    with open(DOC, 'w') as f:
        f.write(doc)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--bench', default=','.join(DEFAULT_SET),
                    help='comma-separated pyperformance benchmarks (perf.py '
                         '--list), "none" for none')
    ap.add_argument('--rounds', type=int, default=3)
    ap.add_argument('--loops-scale', type=float, default=1.0)
    ap.add_argument('--timeout', type=float, default=900)
    ap.add_argument('--startup-runs', type=int, default=20)
    ap.add_argument('--frontend-limit', type=int, default=0,
                    help='files for the parse/compile benchmarks (0: all)')
    ap.add_argument('--skip-frontend', action='store_true')
    ap.add_argument('--skip-memory', action='store_true')
    ap.add_argument('--skip-startup', action='store_true')
    ap.add_argument('--quick', action='store_true',
                    help='1 round, loops x0.2, 200 front-end files')
    ap.add_argument('--no-write', action='store_true',
                    help='print the table, leave docs/performance.md alone')
    args = ap.parse_args()
    label = ' '.join(sys.argv[1:])
    if args.quick:
        args.rounds = 1
        args.loops_scale = 0.2
        args.frontend_limit = args.frontend_limit or 200
        args.startup_runs = 10
    python, ophis = interpreters()
    names = [] if args.bench == 'none' else args.bench.split(',')
    perf_data = memory = start = front = None
    with tempfile.TemporaryDirectory() as tmp:
        if names:
            perf = perf_layout(tmp)
            perf_data = run_perf(perf, python, ophis, names, args.rounds,
                                 args.loops_scale, args.timeout, tmp)
            if not args.skip_memory:
                memory = peak_memory(python, ophis, names, args.loops_scale,
                                     args.timeout)
    if not args.skip_startup:
        start = startup(python, ophis, args.startup_runs)
    if not args.skip_frontend:
        front = frontend(python, args.frontend_limit)
    text = table(perf_data, memory, start, front, args, label)
    print()
    print(text)
    if not args.no_write:
        write_doc(text)
        print(f'written to {os.path.relpath(DOC)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
