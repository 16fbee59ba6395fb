"""sys._current_frames() and faulthandler.dump_traceback() show each
thread's Python frames while other threads are blocked in them."""

import faulthandler
import re
import sys
import tempfile
import threading
import time
import traceback

ready = threading.Barrier(3)
release = threading.Lock()
release.acquire()


def blocked_here():
    ready.wait()
    release.acquire()  # the line both threads stop at
    release.release()


def middle(n):
    if n:
        return middle(n - 1)
    return blocked_here()


def worker(depth):
    middle(depth)


threads = [threading.Thread(target=worker, args=(d,), name=f'W{d}')
           for d in (1, 3)]
for t in threads:
    t.start()
ready.wait()
STOP_LINE = blocked_here.__code__.co_firstlineno + 2


def settled():
    frames = sys._current_frames()
    for t in threads:
        frame = frames[t.ident]
        if frame.f_code.co_name != 'blocked_here' or frame.f_lineno != STOP_LINE:
            return False
    return True


while not settled():
    time.sleep(0.001)


def names(frame):
    result = []
    while frame is not None:
        result.append(f'{frame.f_code.co_name}:{frame.f_lineno}')
        frame = frame.f_back
    return result


def current_stacks():
    frames = sys._current_frames()
    print('main', names(frames[threading.main_thread().ident]))
    for t in threads:
        print(t.name, names(frames[t.ident])[:7])
    print('traceback.extract_stack',
          [f.name for f in traceback.extract_stack(frames[threads[1].ident])][-4:])


current_stacks()
thread_names = {f'0x{t.ident:016x}': t.name for t in threads}
thread_names[f'0x{threading.main_thread().ident:016x}'] = 'MainThread'


def dump(all_threads):
    with tempfile.TemporaryFile('w+') as out:
        faulthandler.dump_traceback(out, all_threads=all_threads)
        out.seek(0)
        text = out.read()
    return re.sub(r'0x[0-9a-f]{16}', lambda m: thread_names[m.group()], text)


def dump_from_function():
    return dump(False)


print(dump(True))
print(dump_from_function())
sys.stdout.flush()
faulthandler.dump_traceback(sys.stdout.fileno(), all_threads=False)
release.release()
for t in threads:
    t.join()
print(len(sys._current_frames()))
