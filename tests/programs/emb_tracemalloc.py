"""tracemalloc measures an Ophis program's allocations: the traced total
grows by what the program allocates and falls back when it frees it, the
peak records the largest, and a snapshot's statistics hold the blocks.
(Sizes are shown in whole megabytes: the interpreter's own small
allocations differ between implementations.)"""

import tracemalloc


def megabytes(size):
    return round(size / 1e6)


tracemalloc.start()
print('tracing', tracemalloc.is_tracing())
base, _ = tracemalloc.get_traced_memory()
buffer = bytearray(20_000_000)
grown, _ = tracemalloc.get_traced_memory()
print('a 20 MB buffer', megabytes(grown - base))
numbers = [i * 3 for i in range(100_000)]
with_list, _ = tracemalloc.get_traced_memory()
print('100,000 new ints in a list', megabytes(with_list - grown))
del buffer
freed, peak = tracemalloc.get_traced_memory()
print('after freeing the buffer', megabytes(freed - base))
print('peak at least the buffer and the list',
      megabytes(peak - base) >= 23)
tracemalloc.reset_peak()
_, peak = tracemalloc.get_traced_memory()
print('peak after reset', megabytes(peak - freed))
snapshot = tracemalloc.take_snapshot()
total = sum(stat.size for stat in snapshot.statistics('filename'))
print('snapshot holds the list', megabytes(total) >= 3)
del numbers
tracemalloc.stop()
print('tracing', tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
