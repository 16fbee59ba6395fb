# Micro-benchmark for benchmarks/callgrind_ab.sh (docs/performance.md):
# asyncio driving Ophis coroutines -- per iteration one small coroutine
# awaited (created, run inline by SEND, finished) and one sleep(0) (the
# task suspends and the event loop resumes it through coroutine.send()).
import asyncio
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
async def small(i):
    return i + 1
async def main():
    total = 0
    for i in range(N):
        total += await small(i)
        await asyncio.sleep(0)
    return total
print(asyncio.run(main()))
