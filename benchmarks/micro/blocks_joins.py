# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md):
# code after branch joins (an ``if`` without ``else`` falling into the
# statement after it, a conditional expression's value used after the
# join) and a closure made and called per iteration (MAKE_FUNCTION; the
# closure's MAKE_CELL, COPY_FREE_VARS, RESUME): what session 8's
# find_blocks variants and the RESUME and MAKE_FUNCTION templates change.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000


def joins(i, total):
    if i & 1:
        total += 1
    total += i & 3
    value = 2 if i & 4 else 5
    total += value * 3
    return total


def outer(i):
    step = i & 7

    def inner(x):
        return x + step
    return inner(i)


def run():
    total = 0
    for i in range(N):
        total = joins(i, total)
        total += outer(i)
    return total


print(run())
