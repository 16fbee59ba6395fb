import threading

def worker(items):
    total = 0
    for item in items:
        total += item
    return total

t = threading.Thread(target=worker, args=([1, 'two'],), name='Worker-1')
t.start()
t.join()
print('main continues')
