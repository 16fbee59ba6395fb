"""Tokenizer speed on the host's standard library (not a test).

Prints lines per second for Ophis's parser-mode Tokenizer, for Ophis's
tokenize interface, and for the host's stdlib tokenize module, over every
.py file of the host's standard library (site-packages excluded), read as
bytes beforehand.

    python3 benchmarks/bench_tokenize.py [--repeat N]
"""
import argparse
import io
import pathlib
import sys
import sysconfig
import time
import tokenize

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

import ophis  # noqa: E402
from ophis.tokenizer import Tokenizer  # noqa: E402


def _sources():
    root = pathlib.Path(sysconfig.get_paths()['stdlib'])
    paths = sorted(p for p in root.rglob('*.py') if 'site-packages' not in p.parts)
    return [p.read_bytes() for p in paths]


def _parser_mode(data):
    for _ in Tokenizer(data):
        pass


def _ophis_tokenize(data):
    for _ in ophis.tokenize(io.BytesIO(data).readline):
        pass


def _host_tokenize(data):
    for _ in tokenize.tokenize(io.BytesIO(data).readline):
        pass


def _time(function, sources):
    start = time.perf_counter()
    for data in sources:
        try:
            function(data)
        except (SyntaxError, ValueError, tokenize.TokenError, ophis.tokenizer.TokenError):
            pass
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--repeat', type=int, default=3,
                        help='runs of each; the best is reported')
    args = parser.parse_args()
    sources = _sources()
    lines = sum(data.count(b'\n') for data in sources)
    print(f'{len(sources)} files, {lines} lines')
    results = {}
    for name, function in [('ophis Tokenizer (parser mode)', _parser_mode),
                           ('ophis.tokenize (tokenize interface)', _ophis_tokenize),
                           ('host tokenize module', _host_tokenize)]:
        best = min(_time(function, sources) for _ in range(args.repeat))
        results[name] = best
        print(f'{name:38} {best:7.2f} s  {lines / best:10,.0f} lines/s')
    ratio = results['host tokenize module'] / results['ophis Tokenizer (parser mode)']
    print(f'parser mode is {ratio:.1f}x the host tokenize module')


if __name__ == '__main__':
    main()
