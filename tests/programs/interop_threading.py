import threading
import queue

q = queue.Queue()
results = []

def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item * item)

t1 = threading.Thread(target=producer, args=(5,))
t2 = threading.Thread(target=consumer)
t1.start(); t2.start()
t1.join(); t2.join()
print(results)

class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def incr(self):
        with self.lock:
            self.value += 1

c = Counter()
def hammer():
    for _ in range(500):
        c.incr()
threads = [threading.Thread(target=hammer) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(c.value)

event = threading.Event()
order = []
def waiter():
    event.wait()
    order.append('waiter')
w = threading.Thread(target=waiter)
w.start()
order.append('setter')
event.set()
w.join()
print(order)

class MyThread(threading.Thread):
    def run(self):
        self.result = sum(range(100))
mt = MyThread(name='custom')
mt.start(); mt.join()
print(mt.result, mt.name)

def raises():
    raise ValueError('in thread')
old_hook = threading.excepthook
threading.excepthook = lambda args: print('thread exception:', args.exc_type.__name__, args.exc_value)
t = threading.Thread(target=raises)
t.start(); t.join()
threading.excepthook = old_hook
print(threading.current_thread().name, threading.active_count())
