# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): per
# iteration, a generator expression made and consumed by the host (tuple()),
# a closure made and called, and a function with defaults made, never
# called: MAKE_FUNCTION and new_function's paths.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
def run():
    r = range(2)
    acc = 0
    for i in range(N):
        acc += len(tuple(x for x in r))
        def add(y):
            return i + y
        acc += add(1)
        def unused(a, b=1, *, c=2):
            return a
    return acc
print(run())
