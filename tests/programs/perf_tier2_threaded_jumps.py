# The second tier (ophis.vm.tier2): a loop whose body ends in an ``if``
# has a lone JUMP_BACKWARD as a jump target; a compiled block leaving for
# it takes the backward jump itself unless the eval breaker has a request.
# The loops' results, a KeyboardInterrupt from another thread reaching a
# loop whose only check is that jump, and a signal handler run there.
import _thread
import signal
import threading
import traceback


def count_odd(items):
    n = 0
    for x in items:
        if x % 2:
            n += 1
    return n


def classify(items):
    small = large = other = 0
    for x in items:
        if x < 10:
            small += 1
        elif x > 90:
            large += 1
        else:
            other = other + x
    return small, large, other


def while_if(n):
    i = total = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            total += i
    return total


# A loop whose head is far enough from the code's start that its backward
# jump needs an EXTENDED_ARG prefix (a jump to the pair lands on the
# prefix).
source = ['def long_body(items):', '    t = odd = 0']
source += [f'    t = t + {k}' for k in range(80)]
source += ['    for x in items:', '        t = t + x']
source += ['        if x % 2:', '            odd += 1']
source += ['    return t, odd']
exec('\n'.join(source))

data = list(range(100))
results = set()
for _ in range(30):      # past the tier's thresholds (512 runs, then 128)
    results.add((count_odd(data), classify(data), while_if(200),
                 long_body(data)))
print(results)


def spin():
    n = 0
    while True:
        n += 1
        if n % 7 == 0:
            n += 1


timer = threading.Timer(0.3, _thread.interrupt_main)
timer.start()
try:
    spin()
except KeyboardInterrupt:
    entries = traceback.extract_tb(__import__('sys').exc_info()[2])
    print('interrupted in', entries[-1].name)
timer.join()

seen = []


def on_alarm(signum, frame):
    seen.append(frame.f_code.co_name)
    raise TimeoutError('alarm')


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.3)
try:
    spin()
except TimeoutError as e:
    print(e, seen)
