import asyncio
import threading
import concurrent.futures

def blocking(n):
    return sum(range(n)), threading.current_thread() is not threading.main_thread()

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in (10, 100)))
    print(results)
    print(await asyncio.to_thread(blocking, 5))

asyncio.run(main())

results = []
lock = threading.Lock()
def worker(i):
    total = 0
    for k in range(1000):
        total += k
    with lock:
        results.append((i, total))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

local = threading.local()
def set_local(v):
    local.v = v
    return local.v
with concurrent.futures.ThreadPoolExecutor(2) as ex:
    print(sorted(ex.map(set_local, range(4))))
