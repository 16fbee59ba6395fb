# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md):
# generator.send() called from Ophis code (a host-level method call: the
# generator resumes through its send(), not inline), and a short-lived
# generator abandoned while suspended (any() stops at the first true value;
# the generator is finalized when it dies).
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
def averager():
    total = 0
    count = 0
    value = yield
    while True:
        total += value
        count += 1
        value = yield total / count
def run():
    g = averager()
    next(g)
    r = range(8)
    found = 0
    for i in range(N):
        g.send(i)
        g.send(i)
        if any(x > 2 for x in r):
            found += 1
    return g.send(0), found
print(run())
