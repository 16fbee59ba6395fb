# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md): calls
# with keyword and star arguments of Ophis functions and methods (CALL_KW,
# CALL_FUNCTION_EX), leaves and defaults as go's `find(update=True)` and
# raytrace's `canvas.plot(x, y, *colour)`.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
class Square:
    def __init__(self):
        self.v = 0
    def find(self, update=False):
        if update:
            self.v += 1
        return self.v
    def plot(self, x, y, r, g, b):
        return x + y + r + g + b
def scale(x, k=2, *, plus=0):
    return x * k + plus
def run():
    sq = Square()
    colour = (1, 2, 3)
    total = 0
    for i in range(N):
        total += sq.find(update=True)
        total += scale(i, plus=1)
        total += sq.plot(i, 1, *colour)
    return total
print(run())
