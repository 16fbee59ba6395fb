# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): a
# generator expression made and driven by host code (tuple()) per
# iteration: one creation, nine resumptions from the host.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
def run():
    r = range(8)
    t = None
    for i in range(N):
        t = tuple(x for x in r)
    return t
print(run())
