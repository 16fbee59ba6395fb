"""Benchmark (not a test): compiling the standard library with Ophis and
with the host's compile(), in one run; then loading the .pyc files Ophis
wrote.

    python3 benchmarks/bench_compile.py [--limit N] [--include-tests]

Prints, for the same files:

* host compile() from source (parse + compile, in C);
* Ophis from source (ophis.compile: Ophis's parser, then its compiler);
* Ophis's parse alone (ophis.parse) and its compiler alone (from the trees
  just parsed), which add up to the line above;
* writing the .pyc files (marshal) and loading them back (reading the
  file, checking the header, unmarshalling into code objects).

Record the results in docs/performance.md ("Compile").  Goals: compiling
at least 15,000 lines/s; loading a .pyc at least 20x faster than
compiling.
"""

import argparse
import os
import sys
import tempfile
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import ophis  # noqa: E402
from ophis.bytecode import pyc  # noqa: E402
from ophis.compiler import compile_ast  # noqa: E402

LIB = os.path.dirname(os.__file__)


def stdlib_files(include_tests):
    files = []
    for root, dirs, names in os.walk(LIB):
        dirs.sort()
        rel = os.path.relpath(root, LIB)
        if rel.startswith('site-packages'):
            continue
        if not include_tests and (rel.split(os.sep)[0] in ('test', 'tests')
                                  or '/test' in rel or 'idle_test' in rel):
            continue
        files.extend(os.path.join(root, n) for n in sorted(names)
                     if n.endswith('.py'))
    return files


def usable(files):
    """The files and sources both compilers accept."""
    out = []
    for path in files:
        with open(path, 'rb') as f:
            source = f.read()
        try:
            compile(source, path, 'exec', dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        out.append((path, source))
    return out


def timed(label, lines, function, items):
    start = time.perf_counter()
    results = [function(item) for item in items]
    seconds = time.perf_counter() - start
    print(f'{label:<44} {seconds:8.2f} s {lines / seconds:12,.0f} lines/s')
    return seconds, results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--limit', type=int, default=0,
                        help='only the first N files')
    parser.add_argument('--include-tests', action='store_true',
                        help='also the test packages')
    args = parser.parse_args()
    warnings.simplefilter('ignore')
    files = stdlib_files(args.include_tests)
    if args.limit:
        files = files[:args.limit]
    items = usable(files)
    lines = sum(source.count(b'\n') for _, source in items)
    print(f'{len(items)} files, {lines:,} lines of the standard library '
          f'(Python {sys.version.split()[0]})')
    print()

    host, _ = timed('host compile() from source', lines,
                    lambda item: compile(item[1], item[0], 'exec',
                                         dont_inherit=True), items)
    full, codes = timed('ophis.compile from source', lines,
                        lambda item: ophis.compile(item[1], item[0], 'exec',
                                                   dont_inherit=True),
                        items)
    parse, trees = timed('  ophis.parse alone', lines,
                         lambda item: ophis.parse(item[1], item[0]), items)
    pairs = [(path, tree) for (path, _), tree in zip(items, trees)]
    comp, _ = timed('  Ophis compiler alone (AST -> code)', lines,
                    lambda item: compile_ast(item[1], item[0], 0, 0), pairs)

    with tempfile.TemporaryDirectory() as cache:
        entries = []
        for (path, source), code in zip(items, codes):
            target = os.path.join(cache, f'{len(entries)}.pyc')
            st = os.stat(path)
            entries.append((target, pyc.code_to_pyc(
                code, pyc.header_timestamp(st.st_mtime, st.st_size)),
                (st.st_mtime, st.st_size)))

        def write(entry):
            with open(entry[0], 'wb') as f:
                f.write(entry[1])
        timed('writing the .pyc files', lines, write, entries)

        def load(entry):
            with open(entry[0], 'rb') as f:
                return pyc.code_from_pyc(f.read(), entry[2])
        load_time, loaded = timed('loading the .pyc files', lines, load,
                                  entries)
        assert len(loaded) == len(codes)

    print()
    print(f'Ophis from source is {full / host:.1f}x the host compile() time')
    print(f'Ophis compiler alone is {comp / host:.1f}x the host compile() '
          'time')
    print(f'loading a .pyc is {full / load_time:.0f}x faster than compiling '
          f'from source ({comp / load_time:.0f}x faster than the compiler '
          'alone)')


if __name__ == '__main__':
    main()
