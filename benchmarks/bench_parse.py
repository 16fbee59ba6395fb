"""Parse speed: the host's standard library, parsed by Ophis and by ast.parse
in one run (tokens and tree both; files read beforehand).

    python3 benchmarks/bench_parse.py [--repeat N] [--limit FILES] [--profile]

Prints lines per second for each parser and their ratio; docs/performance.md
records the figures.
"""
import argparse
import ast
import os
import sys
import sysconfig
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import ophis  # noqa: E402


def stdlib_sources(limit=None):
    root = sysconfig.get_paths()['stdlib']
    paths = []
    for directory, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != 'site-packages')
        paths.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith('.py'))
    sources = []
    for path in paths[:limit]:
        with open(path, 'rb') as f:
            source = f.read()
        try:
            ast.parse(source)
        except SyntaxError:
            continue  # the few files that are invalid on purpose
        sources.append(source)
    return sources


def timed(parse, sources):
    start = time.perf_counter()
    for source in sources:
        parse(source)
    return time.perf_counter() - start


def main():
    options = argparse.ArgumentParser()
    options.add_argument('--repeat', type=int, default=1)
    options.add_argument('--limit', type=int, default=None)
    options.add_argument('--profile', action='store_true')
    args = options.parse_args()
    warnings.simplefilter('ignore')
    sources = stdlib_sources(args.limit)
    lines = sum(s.count(b'\n') for s in sources)
    print(f'{len(sources)} files, {lines} lines, Python {sys.version.split()[0]}')
    if args.profile:
        import cProfile
        import pstats
        profiler = cProfile.Profile()
        profiler.enable()
        timed(ophis.parse, sources)
        profiler.disable()
        pstats.Stats(profiler).sort_stats('tottime').print_stats(30)
        return
    best_ophis = best_host = float('inf')
    for _ in range(args.repeat):
        best_host = min(best_host, timed(ast.parse, sources))
        best_ophis = min(best_ophis, timed(ophis.parse, sources))
    print(f'ast.parse:   {lines / best_host:10.0f} lines/s  ({best_host:.1f} s)')
    print(f'ophis.parse: {lines / best_ophis:10.0f} lines/s  ({best_ophis:.1f} s)')
    print(f'ratio:       {best_ophis / best_host:10.1f} x the host\'s time')


if __name__ == '__main__':
    main()
