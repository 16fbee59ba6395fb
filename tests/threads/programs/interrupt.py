"""KeyboardInterrupt reaches the main thread at an instruction boundary
while other threads run Python code; they finish their work."""

import os
import signal
import threading
import time
import traceback

counts = [0, 0]
main_spinning = threading.Event()


def busy(index, n):
    total = 0
    for i in range(n):
        total += i % 3
    counts[index] = total


def interrupter():
    main_spinning.wait()
    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGINT)


class Spinner:
    def __init__(self):
        self.rounds = 0

    def spin(self):
        main_spinning.set()
        while True:
            self.rounds += 1


workers = [threading.Thread(target=busy, args=(i, 200_000)) for i in range(2)]
workers.append(threading.Thread(target=interrupter))
for t in workers:
    t.start()
spinner = Spinner()
try:
    spinner.spin()
except KeyboardInterrupt as exc:
    frames = traceback.extract_tb(exc.__traceback__)
    print('KeyboardInterrupt in', [f.name for f in frames],
          'after some rounds:', spinner.rounds > 0, repr(exc))
for t in workers:
    t.join()
print('workers finished', counts)


# Uncaught: the traceback, then the process ends by SIGINT as CPython's
# does (exit status 130 from a shell, -2 from subprocess).
def again():
    threading.Timer(0.2, os.kill, args=(os.getpid(), signal.SIGINT)).start()
    while True:
        pass


again()
