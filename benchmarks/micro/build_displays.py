# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): the
# building instructions of ophis/vm/tier2/templates_build.py in one loop --
# a dict display, a dict with constant keys, a set display, an f-string
# with a conversion and a spec, a slice with a step and a call with
# star-arguments.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
def pair(a, *rest):
    return a
def run():
    total = 0
    items = list(range(16))
    for i in range(N):
        d = {i: 1, 'k': i}
        e = {'a': i, 'b': 2}
        s = {i, 1, 2}
        t = f'{i}:{i!r}/{i:>4}'
        u = items[1:i & 15:2]
        total += len(d) + e['a'] + len(s) + len(t) + len(u)
        total += pair(i, *u, *(i, 2))
    return total
print(run())
