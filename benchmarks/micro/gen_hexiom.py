# Micro-benchmark for A/B runs with callgrind (docs/performance.md):
# pyperformance's hexiom (generator expressions consumed by sum(), any(),
# all(), max() and str.join()) at level 10, N solves.  The benchmark's own
# module is imported from the installed pyperformance (its pyperf import
# satisfied by the shared shim); count with small N (callgrind_ab.sh's
# 20,000 would take hours):
#     valgrind --tool=callgrind --callgrind-out-file=/dev/null python3 -c \
#         "import sys; sys.argv[0] = 'ophis'; import ophis.cli; \
#         sys.exit(ophis.cli.main(sys.argv[1:]))" benchmarks/micro/gen_hexiom.py 4
# and again with 2: the difference is two solves.
import os
import sys
import importlib.util
N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
import pyperformance
path = os.path.join(os.path.dirname(pyperformance.__file__), 'data-files',
                    'benchmarks', 'bm_hexiom', 'run_benchmark.py')
sys.path.insert(0, '/work/shared/bench/shim')
spec = importlib.util.spec_from_file_location('bm_hexiom', path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.main(N, 10) > 0)
