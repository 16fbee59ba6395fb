# The second tier (ophis.vm.tier2): signals and threads in hot loops whose
# blocks are compiled.  KeyboardInterrupt from signal.raise_signal and from
# _thread.interrupt_main arrives at the line python3 shows; a Python-level
# signal handler runs inside a hot loop; two threads run the same compiled
# blocks at once.
import _thread
import signal
import sys
import threading
import traceback


def spin(n, stop_at, how):
    total = 0
    for i in range(n):
        total = total + i * 2
        if i == stop_at:
            if how == 'raise_signal':
                signal.raise_signal(signal.SIGINT)
            else:
                _thread.interrupt_main()
        total = total - i
    return total


for _ in range(3):
    print(spin(1000, -1, 'raise_signal'))

for how in ('raise_signal', 'interrupt_main'):
    try:
        spin(10 ** 6, 500, how)
    except KeyboardInterrupt:
        lines = traceback.format_exc().splitlines()
        print(how, '\n'.join(lines[3:]))

received = []


def on_usr1(signum, frame):
    received.append((signum == signal.SIGUSR1, frame.f_code.co_name))


signal.signal(signal.SIGUSR1, on_usr1)


def with_handler(n):
    total = 0
    for i in range(n):
        total = total + i
        if i == n // 2:
            signal.raise_signal(signal.SIGUSR1)
        total = total * 1
    return total


for _ in range(3):
    print(with_handler(1000), received)
    received.clear()


def work(n, out, key):
    acc = 0
    items = [1, 2, 3, 4]
    for i in range(n):
        acc = acc + items[i % 4] * i
        if acc > 10 ** 9:
            acc = acc - 10 ** 9
    out[key] = acc


results = {}
threads = [threading.Thread(target=work, args=(20000 + k, results, k))
           for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
work(20000, results, 'main')
print(results['main'] == results[0])
