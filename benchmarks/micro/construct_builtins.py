# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): class calls
# (an own and an inherited __init__) and builtins looked up per iteration.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
class Base:
    def __init__(self, v):
        self.v = v
class Node(Base):
    def __init__(self, v, w):
        self.v = v
        self.w = w
def run():
    total = 0
    for i in range(N):
        Node(i, i)
        Base(i)
        total += len(str(i)) + abs(i)
    return total
print(run())
