import threading
def worker():
    raise LookupError('in worker thread')
t = threading.Thread(target=worker, name='Worker-1')
t.start()
t.join()
print('main continues')
