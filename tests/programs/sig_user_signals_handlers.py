import signal, os, time
hits = []
def handler(signum, frame):
    hits.append((signum, frame.f_code.co_name))
old = signal.signal(signal.SIGUSR1, handler)
print(old)
def busy():
    os.kill(os.getpid(), signal.SIGUSR1)
    total = 0
    for i in range(100):
        total += i
    return total
busy()
print(hits)
class Alarm(Exception): pass
def raiser(signum, frame):
    raise Alarm(f'signal {signum}')
signal.signal(signal.SIGUSR2, raiser)
def loop_until():
    try:
        os.kill(os.getpid(), signal.SIGUSR2)
        while True:
            pass
    except Alarm as e:
        return str(e)
print(loop_until())
def in_sleep():
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        time.sleep(5)
    except Alarm as e:
        return 'interrupted sleep: ' + str(e)
signal.signal(signal.SIGALRM, raiser)
print(in_sleep())
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1))
print(signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGUSR2, raiser)
def uncaught():
    os.kill(os.getpid(), signal.SIGUSR2)
    x = 1
    y = 2
    return x + y
uncaught()
