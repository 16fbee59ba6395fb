# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md):
# instances of Ophis classes made in a compiled block, their __init__ a
# leaf (a few attribute stores), one of them inherited, as raytrace's
# Vector and Ray are.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
class Point(Vector):
    pass
class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction
def run():
    total = 0
    for i in range(N):
        v = Vector(i, 1, 2)
        p = Point(1, i, 3)
        r = Ray(p, v)
        total += r.direction.x
    return total
print(run())
