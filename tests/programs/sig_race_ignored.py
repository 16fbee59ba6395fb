# A signal that arrives while the program switches its handler between a
# Python function and SIG_IGN may find SIG_IGN set by the time it would be
# handled: it is then reported as unraisable (OSError "Signal N ignored
# due to race condition"), never acted on as the new setting or as
# SIGINT's default (KeyboardInterrupt).
import signal
import sys
import threading

signum = signal.SIGUSR1
sent = received = 0
stop = False
reports = []


def handler(signum, frame):
    global received
    received += 1


def send():
    global sent
    while not stop:
        signal.raise_signal(signum)
        sent += 1


def hook(args):
    reports.append((args.exc_type, str(args.exc_value), args.object))


old = signal.signal(signum, handler)
sys.unraisablehook = hook
thread = threading.Thread(target=send)
thread.start()
try:
    rounds = 0
    while rounds < 4000 or sent < 100 or received < 1:
        signal.signal(signum, handler)
        signal.signal(signum, signal.SIG_IGN)
        rounds += 1
finally:
    stop = True
    thread.join()
    signal.signal(signum, old)
    sys.unraisablehook = sys.__unraisablehook__

print('handler ran:', received > 0)
expected = (OSError, f'Signal {int(signum)} ignored due to race condition',
            None)
print('every report is the race:', all(r == expected for r in reports))
