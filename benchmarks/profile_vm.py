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
  its wrappers would hide the stubs and blocks.)  Then, per code object,
  where the plain dispatches are: the code objects with the most plain
  dispatches (and counting-stub runs), each with its instructions by
  index and name -- the code the tier leaves to the loop, and why (too
  few runs to warm, an instruction without a template, a block given up);
  and the handlers that compiled blocks ran for a guard failing at their
  first instruction (a block dispatched for nothing).

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
        BLOCK.calls = block.calls
        BLOCK.inlined = block.inlined
        return BLOCK
    compiler.compile_block = counting_compile


# (code object, index, instruction name) -> dispatches by the loop, for
# --exits; and code object -> {'_warming': n, '_heating': n}.
plain = collections.Counter()
stubs = collections.defaultdict(collections.Counter)
block_ranges = collections.defaultdict(list)
warmed = set()


def install_plain_counting():
    """Wrap every plain entry of each filled form's instruction list in a
    counter keyed by (code, index, name), and the tier's counting stubs in
    one keyed by code.  A wrapper counts only when the loop dispatched it
    (not when a stub or a block's failed guard runs the handler inside),
    and the tier's own entries (stubs, blocks) are left as they are; the
    entries the tier puts back (a warmed code's stub sites, a block given
    up) are wrapped again after it.  A RESUME after the first instruction
    stays plain: generators test its identity to step over it."""
    from ophis.vm import decode as decode_module
    from ophis.vm import loop as loop_module
    from ophis.vm.tier2 import hotness
    run_code = loop_module._run.__code__
    getframe = sys._getframe
    plain_fill = decode_module.fill
    warming, heating = hotness._warming, hotness._heating
    plain_warm, plain_install = hotness._warm, hotness._install

    def wrap(index, entry, code):
        handler, arg = entry
        name = getattr(handler, '__name__', repr(handler))
        key = (code, index, name)

        def counted(f, stack, arg):
            if getframe(1).f_code is run_code:
                plain[key] += 1
            return handler(f, stack, arg)
        counted.counted = True
        # (hotness looks for superinstructions by module.)
        counted.__module__ = getattr(handler, '__module__', None)
        return (counted, arg)

    def rewrap(form, code):
        instrs = form.instrs
        for index, entry in enumerate(instrs):
            handler = entry[0]
            if (getattr(handler, 'counted', False)
                    or handler is counting_warming
                    or handler is counting_heating
                    or hasattr(handler, 'leaf')
                    or getattr(handler, '__module__', '').startswith(
                        'ophis.vm.tier2')
                    or getattr(handler, '__module__', '') == 'ophis.vm.decode'
                    or (index and getattr(handler, '__name__', '') ==
                        'RESUME')):
                continue
            instrs[index] = wrap(index, entry, code)

    codes = {}

    def counting_fill(form):
        code = form._code
        plain_fill(form)
        codes[id(form)] = code
        rewrap(form, code)

    def counting_warming(f, stack, arg):
        if getframe(1).f_code is run_code:
            stubs[f.code]['_warming'] += 1
        return warming(f, stack, arg)

    def counting_heating(f, stack, arg):
        if getframe(1).f_code is run_code:
            stubs[f.code]['_heating'] += 1
        return heating(f, stack, arg)

    def counting_warm(state):
        form = state.form
        plain_warm(state)
        code = codes.get(id(form))
        if code is not None:
            warmed.add(code)
            rewrap(form, code)

    def counting_install(form, start, end, entry):
        plain_install(form, start, end, entry)
        code = codes.get(id(form))
        if code is not None:
            handler = form.instrs[start][0]
            block_ranges[code].append(
                (start, end, 'compiled' if hasattr(handler, 'leaf')
                 else 'given up'))
            rewrap(form, code)

    decode_module.fill = counting_fill
    # (The stubs are looked up by name when prepare() and _warm() install
    # them and test for them.)
    hotness._warming = counting_warming
    hotness._heating = counting_heating
    hotness._warm = counting_warm
    hotness._install = counting_install


INSTRUCTIONS_PER_CODE = 8


def report_plain(out, top, fallbacks):
    by_code = collections.Counter()
    for (code, _, _), n in plain.items():
        by_code[code] += n
    for code, counter in stubs.items():
        by_code[code] += sum(counter.values())
    total = sum(plain.values())
    # Each code object's plain dispatches by what the tier did with it:
    # never counted (decoded during start-up, or a module or class body
    # without a loop: not fused), counted but never warm, warm (blocks
    # found: its plain dispatches are its warm-up and what no block
    # covers).
    kinds = collections.Counter()
    for code, n in by_code.items():
        counter = stubs.get(code, {})
        if code in block_ranges or code in warmed:
            kinds['warm (blocks found)'] += n
        elif counter.get('_warming'):
            kinds['counted, never warm'] += n
        else:
            kinds['never counted'] += n
    out.write(f'\n{total:,} plain dispatches attributed to code objects; '
              'plain and stub runs by what the tier did with the code:\n')
    for kind, n in kinds.most_common():
        out.write(f'  {kind:32} {n:12,}\n')
    out.write('\nthe top code objects (plain + stub runs):\n')
    for code, n in by_code.most_common(top):
        name = getattr(code, 'co_qualname', '?')
        where = (f'{os.path.basename(getattr(code, "co_filename", "?"))}:'
                 f'{getattr(code, "co_firstlineno", "?")}')
        counter = stubs.get(code, {})
        blocks = block_ranges.get(code, [])
        out.write(f'\n{n:10,}  {name} ({where}); stubs: '
                  f'_warming {counter.get("_warming", 0):,}, '
                  f'_heating {counter.get("_heating", 0):,}; blocks: '
                  + (', '.join(f'{a}-{b} {how}' for a, b, how in blocks)
                     or 'none') + '\n')
        rows = sorted(((count, index, name)
                       for (c, index, name), count in plain.items()
                       if c is code), reverse=True)
        # The instructions that ran most, by index: a run of equal counts
        # is one path (the code warming up, or a stretch no block covers).
        for count, index, name in rows[:INSTRUCTIONS_PER_CODE]:
            out.write(f'            {index:5} {name:34} {count:10,}\n')
        if len(rows) > INSTRUCTIONS_PER_CODE:
            rest = sum(row[0] for row in rows[INSTRUCTIONS_PER_CODE:])
            out.write(f'            ({len(rows) - INSTRUCTIONS_PER_CODE} '
                      f'more instructions: {rest:,})\n')
    if fallbacks:
        out.write('\nhandlers run by blocks whose guard at their start '
                  'failed (the block dispatched for nothing):\n')
        for name, n in fallbacks.most_common(top):
            out.write(f'  {name:34} {n:10,}\n')


def report_exits(stats, out, top):
    # Calls made by the loop's own function (ophis.vm.loop._run) are its
    # dispatches: blocks, stubs and plain handlers.
    loop_keys = [key for key in stats.stats
                 if key[2] == '_run' and key[0].endswith('loop.py')]
    dispatched = collections.Counter()
    fallbacks = collections.Counter()
    for key, (_, _, _, _, callers) in stats.stats.items():
        if key[0] == '~':
            continue        # the loop's own C calls (getrefcount, pop...)
        for caller in loop_keys:
            if caller in callers:
                name = key[2]
                # (The first of a caller's figures counts every call,
                # the second only those not recursive: a handler the
                # loop re-enters the host from -- CALL -- is both.)
                dispatched[name] += callers[caller][0]
        if os.path.basename(key[0]).startswith('ops_'):
            for caller, (count, _, _, _) in callers.items():
                if caller[2] == 'block':
                    fallbacks[key[2]] += count
    # The per-code wrappers (install_plain_counting) are one function:
    # their dispatches, by instruction name.
    dispatched.pop('counted', None)
    for (_, _, name), n in plain.items():
        dispatched[name] += n
    dispatched.pop('counting_warming', None)
    dispatched.pop('counting_heating', None)
    for counter in stubs.values():
        dispatched.update(counter)
    total = sum(dispatched.values())
    # Blocks a block ran itself (no dispatch): calls of a BLOCK made
    # by a compiled block (its code's name: block) or by the call-site
    # helper a block called (ophis.vm.tier2.callsite: call_site, and
    # _construct for a class's __init__; leaves, and since session 9
    # calling entry blocks, compiler.CALLS).
    direct = sum(
        count for key, (_, _, _, _, callers) in stats.stats.items()
        if key[2] == 'BLOCK'
        for caller, (count, _, _, _) in callers.items()
        if caller[2] in ('block', 'call_site', '_construct'))
    out.write(f'{total:,} dispatches by the eval loop\n')
    out.write(f'{direct:,} blocks run by blocks directly\n\n')
    out.write(f'{"handler":34} {"count":>14} {"share":>7}\n')
    for name, n in dispatched.most_common(top):
        out.write(f'{name:34} {n:14,} {100 * n / total:6.1f}%\n')
    report_plain(out, top, fallbacks)


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
                install_plain_counting()
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
