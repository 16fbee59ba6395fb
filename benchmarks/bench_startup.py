"""Start-up time and base peak memory: ``ophis`` against ``python3``.

    python3 benchmarks/bench_startup.py            # 20 alternating runs each
    python3 benchmarks/bench_startup.py --runs 40 --command "import json"
    python3 benchmarks/bench_startup.py --callgrind  # machine instructions

Both the real executables are run (the ``ophis`` launcher next to
sys.executable, not pyenv's shims, whose own start-up would dominate).
Each case (``-c pass``, ``-S -c pass``) is run once by each interpreter
without PYTHONDONTWRITEBYTECODE first, so the caches are warm (Ophis's
``.ophis-311.pyc`` files of the modules site imports); then N times each,
alternately, and the median wall time is reported, once with the variable
as the environment has it removed and once with PYTHONDONTWRITEBYTECODE=1
(CPython then writes no .pyc either; with warm caches both should agree).
Peak memory is the process's peak RSS (GNU time's %M where /usr/bin/time
exists, else wait4's ru_maxrss, an upper bound) on ``-c pass``: the base
process, before any program data.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time


def interpreters():
    python = os.path.realpath(sys.executable)
    ophis = os.path.join(os.path.dirname(sys.executable), 'ophis')
    if not os.path.exists(ophis):
        import shutil
        ophis = shutil.which('ophis')
    return python, ophis


# GNU time reports the command's own ru_maxrss.  wait4 on a child of this
# process does not: Linux carries the RSS a forked child had before its
# exec (this process's, ~13 MiB) into the figure, more than python3 -S
# uses in all.
TIME = '/usr/bin/time'


def run(cmd, env):
    """Wall time (s), CPU time (user + system, s) and peak RSS (KiB) of
    one run; fails on a non-zero exit."""
    measured = [TIME, '-f', '%M', *cmd] if os.path.exists(TIME) else cmd
    t0 = time.perf_counter()
    proc = subprocess.Popen(measured, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code:
        raise SystemExit(f'{cmd} exited with {code}:\n{err}')
    cpu = usage.ru_utime + usage.ru_stime
    if measured is cmd:
        return elapsed, cpu, usage.ru_maxrss
    return elapsed, cpu, int(err.rsplit(None, 1)[-1])


def environment(dont_write):
    env = dict(os.environ)
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    if dont_write:
        env['PYTHONDONTWRITEBYTECODE'] = '1'
    return env


def measure(python, ophis, options, runs, dont_write):
    env = environment(dont_write)
    cmds = {'python3': [python, *options], 'ophis': [ophis, *options]}
    samples = {'python3': [], 'ophis': []}
    cpu = {'python3': [], 'ophis': []}
    memory = {'python3': [], 'ophis': []}
    for i in range(runs):
        order = ('python3', 'ophis') if i % 2 == 0 else ('ophis', 'python3')
        for which in order:
            elapsed, seconds, rss = run(cmds[which], env)
            samples[which].append(elapsed)
            cpu[which].append(seconds)
            memory[which].append(rss)
    return ({k: statistics.median(v) for k, v in samples.items()},
            {k: statistics.median(v) for k, v in cpu.items()},
            {k: max(v) for k, v in memory.items()})


def instructions(cmd, env):
    """Machine instructions of one run (callgrind's total): the figure a
    loaded machine does not change."""
    proc = subprocess.run(
        ['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null',
         *cmd], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, check=True)
    for line in proc.stderr.splitlines():
        if 'refs:' in line:
            return int(line.rsplit(None, 1)[-1].replace(',', ''))
    raise SystemExit(f'no callgrind total for {cmd}:\n{proc.stderr}')


def count_instructions(python, ophis, cases):
    print(f'{python} against {ophis}; machine instructions (callgrind), '
          'warm caches')
    print(f'{"case":<31} {"python3":>12} {"ophis":>14} {"ratio":>6}')
    for options in cases:
        for dont_write in (False, True):
            env = environment(dont_write)
            counts = {which: instructions([cmd, *options], env)
                      for which, cmd in (('python3', python),
                                         ('ophis', ophis))}
            label = ' '.join(o if ' ' not in o else repr(o) for o in options)
            if dont_write:
                label += ' (DONTWRITE...=1)'
            print(f'{label:<31} {counts["python3"] / 1e6:10,.1f}M '
                  f'{counts["ophis"] / 1e6:12,.1f}M '
                  f'{counts["ophis"] / counts["python3"]:5.1f}x', flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--command', default='pass',
                    help="the -c program (default 'pass')")
    ap.add_argument('--callgrind', action='store_true',
                    help='count machine instructions (one run of each '
                    'under valgrind) instead of timing')
    args = ap.parse_args()
    python, ophis = interpreters()
    cases = [('-c', args.command), ('-S', '-c', args.command)]
    warm = environment(dont_write=False)
    for options in cases:
        run([python, *options], warm)
        run([ophis, *options], warm)
    if args.callgrind:
        count_instructions(python, ophis, cases)
        return
    print(f'{python} against {ophis}; median of {args.runs} alternating '
          f'runs, warm caches; load average {os.getloadavg()[0]:.1f}')
    print('wall: elapsed time; cpu: user + system time (steadier on a '
          'loaded machine)')
    print(f'{"case":<31} {"python3":>8} {"ophis":>8} {"ratio":>6}'
          f' {"cpu py3":>8} {"cpu ophis":>9} {"ratio":>6}'
          f' {"peak py3":>9} {"peak ophis":>10} {"ratio":>5}')
    for options in cases:
        for dont_write in (False, True):
            times, cpu, memory = measure(python, ophis, options,
                                         args.runs, dont_write)
            label = ' '.join(o if ' ' not in o else repr(o) for o in options)
            if dont_write:
                label += ' (DONTWRITE...=1)'
            print(f'{label:<31} {1000 * times["python3"]:6.1f}ms '
                  f'{1000 * times["ophis"]:6.1f}ms '
                  f'{times["ophis"] / times["python3"]:5.1f}x '
                  f'{1000 * cpu["python3"]:6.1f}ms '
                  f'{1000 * cpu["ophis"]:7.1f}ms '
                  f'{cpu["ophis"] / max(cpu["python3"], 1e-3):5.1f}x '
                  f'{memory["python3"] / 1024:5.1f} MiB '
                  f'{memory["ophis"] / 1024:6.1f} MiB '
                  f'{memory["ophis"] / memory["python3"]:4.1f}x', flush=True)
    print(f'load average {os.getloadavg()[0]:.1f} at the end')


if __name__ == '__main__':
    main()
