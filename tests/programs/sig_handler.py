import signal

received = []
def handler(signum, frame):
    received.append((signum, frame.f_code.co_name))
    if len(received) == 2:
        raise RuntimeError('from handler')

old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)

def busy():
    for i in range(5):
        signal.raise_signal(signal.SIGUSR1)

try:
    busy()
except RuntimeError as exc:
    print('handler raised', exc)
print(received)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1))
