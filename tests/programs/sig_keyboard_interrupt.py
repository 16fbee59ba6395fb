import signal

def work():
    total = 0
    for i in range(10):
        total += i
        if i == 3:
            signal.raise_signal(signal.SIGINT)
    return total

try:
    work()
except KeyboardInterrupt:
    print('caught KeyboardInterrupt')

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
work()
