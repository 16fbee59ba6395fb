# For benchmarks/host_bytecodes.py (docs/performance.md): one instance of
# an Ophis class with an inherited Ophis __init__ per iteration.
class Base:
    def __init__(self, v):
        self.v = v
class Node(Base):
    pass
def run(n):
    for i in range(n):
        Node(i)
