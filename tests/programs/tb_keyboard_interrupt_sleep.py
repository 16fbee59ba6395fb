import signal
import time
def on_alarm(signum, frame):
    raise KeyboardInterrupt
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
def wait():
    time.sleep(5)
try:
    wait()
except KeyboardInterrupt:
    print('interrupted sleep')
signal.setitimer(signal.ITIMER_REAL, 0.05)
total = 0
def spin():
    global total
    while True:
        total += 1
spin()
