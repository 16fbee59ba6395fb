# For benchmarks/host_bytecodes.py (docs/performance.md): one call of an
# Ophis function from Ophis code per iteration.
def f(a, b):
    return a
def run(n):
    for i in range(n):
        f(i, 2)
