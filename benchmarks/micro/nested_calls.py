# Micro-benchmark for benchmarks/callgrind_ab.sh and host_bytecodes.py
# (docs/performance.md): callees whose entry block calls (a method calling
# a leaf getter, a class whose __init__ calls a builtin and a function, a
# function returning another's value), called from a loop, as raytrace's,
# float's and richards' are.
import sys
from math import sin, cos
N = int(sys.argv[1]) if sys.argv[1:2] and sys.argv[1].isdigit() else 20000
def half(v):
    return v * 0.5
class Point:
    def __init__(self, i):
        self.x = sin(i)
        self.y = half(cos(i))
    def norm(self):
        return self.size() + 1.0
    def size(self):
        return self.x * self.x + self.y * self.y
def twice(p):
    return p.norm()
def run(n):
    total = 0.0
    for i in range(n):
        p = Point(i)
        total += twice(p)
    return total
if __name__ == '__main__':
    print(round(run(N), 6))
