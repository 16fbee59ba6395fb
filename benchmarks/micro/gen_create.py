# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md):
# generator expressions made and consumed over 3-element tuples, as
# nqueens's and hexiom's inner code does: per iteration two creations
# (one consumed by sum(), one by tuple()) and 3 + 3 resumptions, so that
# creation dominates.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
def run():
    t = (1, 2, 3)
    s = 0
    for i in range(N):
        s += sum(x for x in t) + len(tuple(x + i for x in t))
    return s
print(run())
