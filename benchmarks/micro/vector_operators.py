# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): binary
# operators whose methods are Python functions (host re-entry).
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
def run():
    a = V(1.0, 2.0)
    b = V(0.5, 0.25)
    for i in range(N):
        c = a + b
        c = c - b
        c = c * 1.0
        c += a
        a = c * 0.5
    return a.x
print(run())
