import threading
import queue

results = []
lock = threading.Lock()

def worker(n, out):
    total = sum(range(n))
    with lock:
        out.append((n, total))

threads = [threading.Thread(target=worker, args=(i * 100, results)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer(out):
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * item)
out = []
tp = threading.Thread(target=producer)
tc = threading.Thread(target=consumer, args=(out,))
tp.start(); tc.start(); tp.join(); tc.join()
print(out)

local = threading.local()
def set_local(v, box):
    local.value = v
    box.append(local.value)
box = []
ts = [threading.Thread(target=set_local, args=(i, box)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(box), hasattr(local, 'value'))

class Counter(threading.Thread):
    def __init__(self):
        super().__init__(name='counter-thread')
        self.count = 0
    def run(self):
        for _ in range(1000):
            self.count += 1
c = Counter()
c.start(); c.join()
print(c.count, c.name)
event = threading.Event()
def waiter():
    event.wait()
    print('event seen in', threading.current_thread().name)
w = threading.Thread(target=waiter, name='waiter')
w.start()
event.set()
w.join()
barrier_hits = []
b = threading.Barrier(3)
def at_barrier(i):
    b.wait()
    barrier_hits.append(i)
bs = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
[t.start() for t in bs]; [t.join() for t in bs]
print(sorted(barrier_hits))
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda x: x * 3, range(5))))
    fut = ex.submit(pow, 2, 8)
    print(fut.result())
