"""Where Ophis's time goes on a pyperformance benchmark (or any program).

    python3 benchmarks/profile_vm.py nbody                # instruction counts
    python3 benchmarks/profile_vm.py nbody --cprofile     # handlers, helpers
    python3 benchmarks/profile_vm.py --file prog.py --cprofile
    python3 benchmarks/profile_vm.py nbody --exits        # what ends blocks
    python3 benchmarks/profile_vm.py all --top 12 > /tmp/profile.txt

Runs the program under Ophis in this process (ophis.cli.main), with one of
two instruments:

* counts (default): every pre-decoded instruction is wrapped to count how
  often each handler runs, per instruction name (the handler's name, so a
  specialized variant shows up under its own name) and per consecutive pair
  of handlers in one frame (candidates for superinstructions).
* --cprofile: the host's cProfile over the run; handlers are host functions
  named as their instruction, so the table shows which instructions and
  which helpers the time goes to (tottime: own time; cumtime: with callees).
* --exits: the second tier on (as ophis runs by default), the host's
  cProfile counting what the eval loop itself dispatches: compiled blocks
  (BLOCK_*), the tier's counting stubs, and the plain instructions run
  between blocks -- the instructions that end blocks most often, which are
  the next templates' candidates.  (The counting mode turns the tier off:
  its wrappers would hide the stubs and blocks.)

The loops are scaled down (--loops-scale, default 0.05): the proportions
matter, not the totals.  A benchmark tool, not a test.
"""

import argparse
import collections
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_BENCH = os.path.join(os.path.dirname(ROOT), 'shared', 'bench')
sys.path.insert(0, ROOT)


def bench_command(name, scale):
    sys.path.insert(0, SHARED_BENCH)
    import perf
    del sys.path[0]
    directory, bargs, loops = perf.BENCHMARKS[name]
    loops = max(1, int(round(loops * scale)))
    script = os.path.join(perf.default_bench_dir(), directory,
                          'run_benchmark.py')
    return [os.path.join(SHARED_BENCH, 'run_bench.py'), '--loops', str(loops),
            '--warmups', '0', '--runs', '1', script] + bargs


# --- counting ---------------------------------------------------------------

counts = collections.Counter()
pairs = collections.Counter()


def install_counting():
    from ophis.vm import decode as decode_module
    from ophis.vm import frame as frame_module
    from ophis.vm.tier2 import hotness
    # Counting is per instruction: the second tier's blocks (and the
    # counting stubs that make them, which the wrappers would hide) are off.
    hotness.ENABLED[0] = False
    plain_fill = decode_module.fill
    last = [None]

    def wrap(handler, arg):
        name = getattr(handler, '__name__', repr(handler))

        def counted(f, stack, arg):
            counts[name] += 1
            previous = last[0]
            if previous is not None and previous[0] is f:
                pairs[previous[1], name] += 1
            last[0] = (f, name)
            return handler(f, stack, arg)
        counted.__name__ = name
        return (counted, arg)

    def counting_fill(form):
        plain_fill(form)
        form.instrs[:] = [wrap(h, a) for h, a in form.instrs]
    # Code is decoded lazily, on its first run (ophis.vm.decode): fill()
    # is looked up on the module each time.
    decode_module.fill = counting_fill
    assert frame_module.decoded


def report_counts(out, top):
    total = sum(counts.values())
    out.write(f'{total:,} instructions\n\n')
    out.write(f'{"instruction":34} {"count":>14} {"share":>7}\n')
    for name, n in counts.most_common(top):
        out.write(f'{name:34} {n:14,} {100 * n / total:6.1f}%\n')
    out.write(f'\n{"pair (same frame)":50} {"count":>14} {"share":>7}\n')
    for (a, b), n in pairs.most_common(top):
        out.write(f'{a + " " + b:50} {n:14,} {100 * n / total:6.1f}%\n')


# --- running ----------------------------------------------------------------

def install_block_counting():
    # Every block's code has one name, line and file, which cProfile's
    # table keeps one of: each compiled block is wrapped in one function
    # whose calls the table counts (BLOCK).
    from ophis.vm.tier2 import compiler
    plain_compile = compiler.compile_block

    def counting_compile(base, start, end):
        block = plain_compile(base, start, end)
        if block is None:
            return None

        def BLOCK(f, stack, arg):
            return block(f, stack, arg)
        BLOCK.leaf = block.leaf
        return BLOCK
    compiler.compile_block = counting_compile


def report_exits(stats, out, top):
    # Calls made by the loop's own function (ophis.vm.loop._run) are its
    # dispatches: blocks, stubs and plain handlers.
    loop_keys = [key for key in stats.stats
                 if key[2] == '_run' and key[0].endswith('loop.py')]
    dispatched = collections.Counter()
    for key, (_, _, _, _, callers) in stats.stats.items():
        if key[0] == '~':
            continue        # the loop's own C calls (getrefcount, pop...)
        for caller in loop_keys:
            if caller in callers:
                name = key[2]
                dispatched[name] += callers[caller][1]
    total = sum(dispatched.values())
    # Leaf blocks a block ran itself (no dispatch): calls of a BLOCK made
    # by a compiled block (its code's name: block).
    direct = sum(
        count for key, (_, _, _, _, callers) in stats.stats.items()
        if key[2] == 'BLOCK'
        for caller, (_, count, _, _) in callers.items()
        if caller[2] == 'block')
    out.write(f'{total:,} dispatches by the eval loop\n')
    out.write(f'{direct:,} leaf blocks run by blocks directly\n\n')
    out.write(f'{"handler":34} {"count":>14} {"share":>7}\n')
    for name, n in dispatched.most_common(top):
        out.write(f'{name:34} {n:14,} {100 * n / total:6.1f}%\n')


def run(argv, cprofile, top, out, exits=False):
    import ophis.cli
    saved_argv = list(sys.argv)
    sys.argv[:] = ['ophis'] + argv
    saved_stdout = sys.stdout
    sys.stdout = open(os.devnull, 'w')
    try:
        if cprofile:
            import cProfile
            import pstats
            if exits:
                install_block_counting()
            profiler = cProfile.Profile()
            profiler.enable()
            try:
                ophis.cli.main(argv)
            finally:
                profiler.disable()
            sys.stdout.close()
            sys.stdout = saved_stdout
            stats = pstats.Stats(profiler, stream=out)
            if exits:
                report_exits(stats, out, top)
            else:
                stats.sort_stats('tottime').print_stats(top)
        else:
            install_counting()
            ophis.cli.main(argv)
            sys.stdout.close()
            sys.stdout = saved_stdout
            report_counts(out, top)
    finally:
        sys.stdout = saved_stdout
        sys.argv[:] = saved_argv


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('bench', nargs='?', help='a perf.py benchmark name, or all')
    ap.add_argument('--file', help='profile this program instead')
    ap.add_argument('--cprofile', action='store_true')
    ap.add_argument('--exits', action='store_true',
                    help='the second tier on: what the loop dispatches')
    ap.add_argument('--loops-scale', type=float, default=0.05)
    ap.add_argument('--top', type=int, default=30)
    args = ap.parse_args()
    if args.file:
        run([args.file], args.cprofile or args.exits, args.top, sys.stdout,
            args.exits)
        return 0
    if args.bench == 'all':
        # One process per benchmark (each run sets up Ophis's universe).
        import subprocess
        from run import DEFAULT_SET
        for name in DEFAULT_SET:
            print(f'## {name}\n', flush=True)
            cmd = [sys.executable, __file__, name, '--top', str(args.top),
                   '--loops-scale', str(args.loops_scale)]
            if args.cprofile:
                cmd.append('--cprofile')
            if args.exits:
                cmd.append('--exits')
            subprocess.run(cmd)
            print(flush=True)
        return 0
    run(bench_command(args.bench, args.loops_scale),
        args.cprofile or args.exits, args.top, sys.stdout, args.exits)
    return 0


if __name__ == '__main__':
    sys.exit(main())
