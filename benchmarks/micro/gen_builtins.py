# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md):
# generator expressions consumed by builtins (sum, max, any), as hexiom's
# and nqueens's code does: per iteration three creations and 8 + 8 + 7
# resumptions.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
def run():
    r = range(8)
    t = 0
    for i in range(N):
        t += sum(x for x in r) + max(x for x in r) + any(x > 6 for x in r)
    return t
print(run())
