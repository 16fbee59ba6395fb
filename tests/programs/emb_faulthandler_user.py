"""faulthandler's dumps on a user signal (register) and after a timeout
(dump_traceback_later) show the program's frames, in CPython's format and
at CPython's moments: the signal's dump before the chained handler, the
watchdog's dump while the main thread sleeps, the watchdog itself
invisible.  Dumps go to a temporary file; thread ids become 0xX."""

import faulthandler
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time

THREAD_ID = re.compile(r'0x[0-9a-f]{16}')
output = tempfile.TemporaryFile('w+')


def show(title):
    output.seek(0)
    text = output.read()
    output.seek(0)
    output.truncate()
    print(f'--- {title}')
    print(THREAD_ID.sub('0xX', text), end='')


def handler(signum, frame):
    print('handler', signum, frame.f_code.co_name)


# register() with chain=True: the dump, then the program's handler;
# getsignal() still shows the program's handler; unregister() restores it.
print(signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, handler)
faulthandler.register(signal.SIGUSR1, file=output, chain=True)
print(signal.getsignal(signal.SIGUSR1) is handler)


def send():
    os.kill(os.getpid(), signal.SIGUSR1)
    return 'sent'


print(send())
show('register, chained')
print(faulthandler.unregister(signal.SIGUSR1),
      faulthandler.unregister(signal.SIGUSR1))
print(signal.getsignal(signal.SIGUSR1) is handler)
send()
show('after unregister')

# One thread, to a descriptor; then all threads with a waiting thread.
faulthandler.register(signal.SIGUSR2, output.fileno(), all_threads=False)


def raise_it():
    signal.raise_signal(signal.SIGUSR2)


raise_it()
show('register, one thread')
lock = threading.Lock()
lock.acquire()
ready = threading.Event()


def blocked():
    ready.set()
    lock.acquire()


thread = threading.Thread(target=blocked)
thread.start()
ready.wait()
time.sleep(0.5)
faulthandler.register(signal.SIGUSR2, output, all_threads=True)
raise_it()
lock.release()
thread.join()
show('register, all threads')

# A handler set after register() replaces it, as sigaction does.
faulthandler.register(signal.SIGUSR1, output)
signal.signal(signal.SIGUSR1, handler)
send()
show('register, then signal.signal')
print(faulthandler.unregister(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
faulthandler.unregister(signal.SIGUSR2)


# dump_traceback_later: repeated dumps while the main thread sleeps; the
# watchdog is in no list of threads.
def sleeper(seconds):
    time.sleep(seconds)


faulthandler.dump_traceback_later(0.5, repeat=True, file=output)
print(threading.enumerate() == [threading.main_thread()],
      list(sys._current_frames()) == [threading.get_ident()],
      threading.active_count())
sleeper(1.25)
faulthandler.cancel_dump_traceback_later()
show('dump_traceback_later, repeat')
faulthandler.dump_traceback_later(1, file=output.fileno())
faulthandler.dump_traceback_later(0.2, file=output)
sleeper(0.5)
show('dump_traceback_later twice: the second one only')
faulthandler.dump_traceback_later(0.5, file=output)
faulthandler.cancel_dump_traceback_later()
faulthandler.cancel_dump_traceback_later()
sleeper(0.7)
show('cancelled')

# exit=True: dump, then os._exit(1).
code = '''import faulthandler, time
def wait():
    time.sleep(5)
faulthandler.dump_traceback_later(0.25, exit=True)
wait()
print("not reached")
'''
result = subprocess.run([sys.executable, '-c', code], capture_output=True,
                        text=True)
print('--- exit=True: exit', result.returncode)
print(THREAD_ID.sub('0xX', result.stdout + result.stderr), end='')


def attempt(function, *args, **kwargs):
    try:
        print(function(*args, **kwargs))
    except Exception as error:
        print(type(error).__name__, error)


print('--- argument errors')
for value in (0, -1, 0.0, -0.5, float('nan'), float('inf'), 1e300, -1e10,
              2 ** 63, 10 ** 10, '1', None):
    attempt(faulthandler.dump_traceback_later, value)
    faulthandler.cancel_dump_traceback_later()
for file in (-1, 'x', 2.5, 2 ** 40):
    attempt(faulthandler.dump_traceback_later, 10, file=file)
attempt(faulthandler.dump_traceback_later, 10, repeat='x')
attempt(faulthandler.dump_traceback_later)
attempt(faulthandler.dump_traceback_later, 1, 2, 3, 4, 5)
faulthandler.cancel_dump_traceback_later()
for signum in (signal.SIGSEGV, signal.SIGABRT, 0, -1, 65, 2 ** 40, 2 ** 70,
               'x', 1.5):
    attempt(faulthandler.register, signum)
    attempt(faulthandler.unregister, signum)
attempt(faulthandler.register, signal.SIGUSR1, 'x')
attempt(faulthandler.register, signal.SIGUSR1, sys.stderr, 1, 2, 3)
attempt(faulthandler.register)
attempt(faulthandler.register, signal.SIGUSR1, spam=1)
attempt(faulthandler.register, signal.SIGUSR1, signum=1)
attempt(faulthandler.register, signal.SIGKILL)
saved, sys.stderr = sys.stderr, None
attempt(faulthandler.register, signal.SIGUSR1)
attempt(faulthandler.dump_traceback_later, 10)
sys.stderr = saved
print(faulthandler.unregister(signal.SIGUSR1))


# register() from another thread works as on CPython (under Ophis through
# the host's own handler: only the main thread may set Python handlers).
def register_in_thread():
    faulthandler.register(signal.SIGUSR2, file=output)
    print('registered in a thread', faulthandler.unregister(signal.SIGUSR2),
          faulthandler.unregister(signal.SIGUSR2))


thread = threading.Thread(target=register_in_thread)
thread.start()
thread.join()
