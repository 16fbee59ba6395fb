"""threading, _thread, queue and concurrent.futures on Python code, each
thread with its own state: frames, the exception being handled, recursion
depth, trace function (threading.settrace), thread-locals."""

import _thread
import concurrent.futures
import queue
import sys
import threading
import time

# _thread directly.
lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
box = []


def low_level(a, b=0):
    with lock:
        box.append((a, b, _thread.get_ident() != main_ident))
    finished.release()


main_ident = _thread.get_ident()
_thread.start_new_thread(low_level, (1,), {'b': 2})
finished.acquire()
print('_thread', box, lock.locked(), finished.acquire(timeout=0.01))

# Condition: a bounded buffer with two producers and one consumer.
buffer, produced, consumed = [], [], []
condition = threading.Condition()


def producer(base):
    for i in range(5):
        with condition:
            condition.wait_for(lambda: len(buffer) < 2)
            buffer.append(base + i)
            produced.append(base + i)
            condition.notify_all()


def consumer(count):
    for _ in range(count):
        with condition:
            condition.wait_for(lambda: buffer)
            consumed.append(buffer.pop(0))
            condition.notify_all()


workers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
workers.append(threading.Thread(target=consumer, args=(10,)))
for t in workers:
    t.start()
for t in workers:
    t.join()
print('condition', sorted(consumed) == sorted(produced), len(consumed))

# Semaphores.
sem = threading.BoundedSemaphore(2)
inside, peak = [0], [0]
peak_lock = threading.Lock()


def limited():
    with sem:
        with peak_lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.005)
        with peak_lock:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
try:
    sem.release()
except ValueError as exc:
    # How many got in together depends on timing; never more than 2.
    print('semaphore peak', 1 <= peak[0] <= 2, 'ValueError:', exc)

# Barrier with an action, then an aborted one.
order = []
barrier = threading.Barrier(3, action=lambda: order.append('action'))


def at_barrier(name):
    order.append(name)
    index = barrier.wait()
    return index


with concurrent.futures.ThreadPoolExecutor(3) as pool:
    indices = sorted(pool.map(at_barrier, 'abc'))
print('barrier', indices, order[-1], sorted(order[:3]))
broken = threading.Barrier(2, timeout=5)


def waits_then_breaks():
    try:
        broken.wait()
    except threading.BrokenBarrierError as exc:
        return type(exc).__name__


t_pool = concurrent.futures.ThreadPoolExecutor(1)
future = t_pool.submit(waits_then_breaks)
while broken.n_waiting == 0:
    time.sleep(0.001)
broken.abort()
print('aborted barrier', future.result(), broken.broken)
t_pool.shutdown()

# Events and timers.
event = threading.Event()
fired = []
timer = threading.Timer(0.01, lambda *a, **k: (fired.append((a, k)), event.set()),
                        args=(1, 2), kwargs={'k': 3})
cancelled = threading.Timer(10, fired.append, args=('never',))
timer.start()
cancelled.start()
cancelled.cancel()
print('event', event.wait(5), fired, cancelled.finished.is_set())
cancelled.join()

# Thread-locals, including a subclass whose __init__ runs per thread.


class Context(threading.local):
    created = 0

    def __init__(self, prefix):
        Context.created += 1
        self.prefix = prefix
        self.items = []


context = Context('ctx')
plain = threading.local()
plain.value = 'main'
seen = {}


def use_locals(n):
    plain.value = n
    context.items.append(n)
    time.sleep(0.002)
    seen[n] = (plain.value, context.prefix, list(context.items))


ts = [threading.Thread(target=use_locals, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('locals', sorted(seen.items()), plain.value, context.items,
      Context.created)

# Queues.
q = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    q.put(item)
lifo = queue.LifoQueue()
simple = queue.SimpleQueue()
for i in range(3):
    lifo.put(i)
    simple.put(i)
print('queues', [q.get() for _ in range(3)], [lifo.get() for _ in range(3)],
      [simple.get() for _ in range(3)])
try:
    queue.Queue(maxsize=1).get_nowait()
except queue.Empty:
    print('queue.Empty raised')
jobs = queue.Queue()
results = []


def job_worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        results.append(item * item)
        jobs.task_done()


ts = [threading.Thread(target=job_worker, daemon=True) for _ in range(3)]
for t in ts:
    t.start()
for i in range(20):
    jobs.put(i)
for _ in ts:
    jobs.put(None)
jobs.join()
print('task_done/join', sorted(results) == [i * i for i in range(20)])

# concurrent.futures: map, submit, exceptions, callbacks, as_completed.


def slow_square(x):
    if x == 3:
        raise ArithmeticError('three is unlucky')
    return x * x


callbacks = []
with concurrent.futures.ThreadPoolExecutor(max_workers=4,
                                           thread_name_prefix='pool') as pool:
    print('map', list(pool.map(slow_square, [0, 1, 2])))
    futures = [pool.submit(slow_square, n) for n in range(5)]
    for f in futures:
        f.add_done_callback(lambda f: callbacks.append(f.exception() is None))
    outcomes = []
    for f in concurrent.futures.as_completed(futures):
        try:
            outcomes.append(f.result())
        except ArithmeticError as exc:
            outcomes.append(repr(exc))
    names = {pool.submit(lambda: threading.current_thread().name[:4]).result()}
print('futures', sorted(map(str, outcomes)), sorted(callbacks), names)
try:
    list(concurrent.futures.ThreadPoolExecutor(2).map(slow_square, range(5)))
except ArithmeticError as exc:
    print('map raised', exc)

# Per-thread state: the exception being handled and recursion depth.
state = {}


def handled_in_thread():
    try:
        raise KeyError('thread')
    except KeyError:
        time.sleep(0.01)
        state['thread'] = repr(sys.exception())


def recurse(n):
    return recurse(n + 1) if n < 10_000 else n


def deep_in_thread():
    try:
        recurse(0)
    except RecursionError as exc:
        state['recursion'] = str(exc)


try:
    raise ValueError('main')
except ValueError:
    t = threading.Thread(target=handled_in_thread)
    t.start()
    time.sleep(0.002)
    state['main during'] = repr(sys.exception())
    t.join()
t = threading.Thread(target=deep_in_thread)
t.start()
t.join()
print('exception state', sorted(state.items()), sys.exception())


def countdown(n):
    return countdown(n - 1) + 1 if n else 0


print('main thread depth unaffected', countdown(900))

# threading.settrace: the trace function is set in each new thread.
calls = []


def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name.startswith('traced_'):
        calls.append((threading.current_thread().name, frame.f_code.co_name))
    return None


def traced_inner():
    return 1


def traced_target():
    return traced_inner()


threading.settrace(tracer)
t = threading.Thread(target=traced_target, name='T1')
t.start()
t.join()
threading.settrace(None)
print('settrace', calls, sys.gettrace())
t = threading.Thread(target=traced_target, name='T2')
t.start()
t.join()
print('after settrace(None)', len(calls))

# threading.setprofile: the profile function is set in each new thread.
profiled = []


def profiler(frame, event, arg):
    if frame.f_code.co_name.startswith('traced_'):
        profiled.append((event, frame.f_code.co_name))


threading.setprofile(profiler)
t = threading.Thread(target=traced_target)
t.start()
t.join()
threading.setprofile(None)
print('setprofile', profiled, sys.getprofile())

# threading.excepthook written in Python, and restored from __excepthook__.
hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value),
                   args.thread.name,
                   args.exc_traceback.tb_frame.f_code.co_name))


def failing_target():
    raise OSError('in a thread')


threading.excepthook = hook
t = threading.Thread(target=failing_target, name='Failing')
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print('excepthook', hooked)
print('threads', threading.active_count(), threading.current_thread().name,
      threading.main_thread() is threading.current_thread())
t = threading.Thread(target=failing_target, name='Default')
t.start()
t.join()
print('end')
