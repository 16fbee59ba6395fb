from collections import deque

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.now = 0
        self.log = []

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                wake, seq, name, gen = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, gen, None))
                continue
            name, gen, value = self.ready.popleft()
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.log.append((self.now, name, 'done', stop.value))
                continue
            except Exception as e:
                self.log.append((self.now, name, 'crashed', repr(e)))
                continue
            kind, arg = request
            if kind == 'sleep':
                self.sleeping.append((self.now + arg, len(self.log), name, gen))
                self.log.append((self.now, name, 'sleep', arg))
            elif kind == 'spawn':
                self.spawn(*arg)
                self.ready.append((name, gen, 'spawned'))
            elif kind == 'time':
                self.ready.append((name, gen, self.now))

def sleeper(n, delay):
    total = 0
    for _ in range(n):
        yield ('sleep', delay)
        total += delay
    t = yield ('time', None)
    return (total, t)

def parent():
    reply = yield ('spawn', ('child', sleeper(1, 5)))
    yield ('sleep', 1)
    raise ValueError('parent fails: ' + reply)

s = Scheduler()
s.spawn('a', sleeper(3, 2))
s.spawn('b', sleeper(2, 3))
s.spawn('p', parent())
s.run()
for entry in s.log:
    print(entry)
