# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): loops
# whose body ends in an ``if`` (the body's last block leaves for a lone
# JUMP_BACKWARD) and a global stored per iteration.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
COUNTER = 0
def run():
    global COUNTER
    odd = small = 0
    for i in range(N):
        COUNTER += 1
        if i % 2:
            odd += 1
        if i < 100:
            small += 1
        elif i > N:
            small -= 1
    return odd, small, COUNTER
print(run())
