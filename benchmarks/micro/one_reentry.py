# For benchmarks/host_bytecodes.py (docs/performance.md): host code (the
# host's + operator) calling an Ophis __add__ once per iteration.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return self
def run(n):
    a = V(1.0)
    for i in range(n):
        a + a
