# Micro-benchmark for A/B runs with callgrind (docs/performance.md):
# pyperformance's nqueens (its generators: tuple() and set() of generator
# expressions, one generator driven by a for loop, one by list()) at a
# small size: N solves of 5 queens, about 120 permutations each.  The
# benchmark's own module is imported from the installed pyperformance
# (its pyperf import satisfied by the shared shim); count with small N
# (callgrind_ab.sh's 20,000 would take hours).
import os
import sys
import importlib.util
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20
import pyperformance
path = os.path.join(os.path.dirname(pyperformance.__file__), 'data-files',
                    'benchmarks', 'bm_nqueens', 'run_benchmark.py')
sys.path.insert(0, '/work/shared/bench/shim')
spec = importlib.util.spec_from_file_location('bm_nqueens', path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
result = None
for i in range(N):
    result = list(module.n_queens(5))
print(result)
