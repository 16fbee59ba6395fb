"""Daemon threads still running Ophis code at exit (waiting on an Event
and on a Queue in loops, spinning on arithmetic) stop as CPython's do once
finalization begins: they never see the program's modules cleared under
them, and print nothing."""

import queue
import threading
import time

event = threading.Event()
jobs = queue.Queue()


def waiter():
    while True:
        event.wait(0.001)


def getter():
    while True:
        try:
            jobs.get(timeout=0.001)
        except queue.Empty:
            pass


def spinner():
    n = 0
    while True:
        n += len(str(n)) % 7


for target in (waiter, getter, spinner):
    threading.Thread(target=target, daemon=True).start()
time.sleep(0.1)


class Last:
    def __del__(self):
        print('finalized in the main thread:',
              threading.current_thread() is threading.main_thread())


last = Last()
print('main done')
