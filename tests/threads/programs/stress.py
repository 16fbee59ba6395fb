"""8 threads x 100,000 operations on shared objects, queues and locks; the
final state is the same on every run (and under CPython)."""

import queue
import threading

THREADS = 8
OPERATIONS = 100_000


class Account:
    def __init__(self):
        self.balance = 0
        self.history = {}


account = Account()
account_lock = threading.Lock()
tallies = {}
tally_lock = threading.RLock()
work = queue.Queue()
done = queue.Queue()
start = threading.Barrier(THREADS)


def worker(index):
    start.wait()
    local_sum = 0
    key = f't{index}'
    for i in range(OPERATIONS):
        kind = i % 4
        if kind == 0:
            with account_lock:
                account.balance += i % 7
                account.history[key] = account.history.get(key, 0) + 1
        elif kind == 1:
            work.put((index, i))
        elif kind == 2:
            owner, value = work.get()
            local_sum += value
        else:
            with tally_lock:
                with tally_lock:
                    tallies[i % 13] = tallies.get(i % 13, 0) + index
    done.put(local_sum)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total_taken = sum(done.get() for _ in range(THREADS))
expected_put = THREADS * sum(i for i in range(OPERATIONS) if i % 4 == 1)
print('balance', account.balance)
print('history', sorted(account.history.items()))
print('tallies', sorted(tallies.items()))
print('queue empty', work.empty(), 'values conserved', total_taken == expected_put)
print('threads alive', sum(t.is_alive() for t in threads))
