# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): method calls,
# host bound methods, a function call and instance creation per iteration.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class Node(Base):
    def step(self, n):
        return self.get() + n
    def twice(self, a, b):
        return a + b
def f(a, b):
    return a
def run():
    n = Node(1)
    total = 0
    for i in range(N):
        total += n.step(i)
        total += n.twice(i, 1)
        total += f(i, 2)
        Node(i)
    return total
print(run())
