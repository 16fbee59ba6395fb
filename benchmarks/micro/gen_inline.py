# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): a
# generator expression made and driven by a for loop in Ophis code per
# iteration: one creation, nine resumptions inline (FOR_ITER).
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
def run():
    r = range(8)
    acc = []
    for i in range(N):
        for v in (x for x in r):
            acc.append(v)
        acc.clear()
    return acc
print(run())
