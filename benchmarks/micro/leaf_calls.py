# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): small
# methods whose whole body is one block ending in a return (a getter, a
# comparison, small arithmetic), called from a loop, as deltablue's and
# richards' are.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
class Var:
    def __init__(self, value):
        self.value = value
        self.stay = True
    def get(self):
        return self.value
    def same(self, other):
        return self.value == other.value
    def scaled(self, k):
        return self.value * k + 1
def plus(a, b):
    return a + b
def run():
    a = Var(3)
    b = Var(4)
    total = 0
    for i in range(N):
        total += a.get()
        if a.same(b):
            total += 1
        total += b.scaled(i & 7)
        total = plus(total, 1) & 0xffff
    return total
print(run())
