import sched

class FakeClock:
    def __init__(self):
        self.now = 0.0
    def time(self):
        return self.now
    def sleep(self, delay):
        self.now += delay

clock = FakeClock()
s = sched.scheduler(clock.time, clock.sleep)
log = []
def event(name):
    log.append((clock.now, name))
    if name == 'a':
        s.enter(0.5, 1, event, ('spawned',))
s.enter(2, 1, event, ('b',))
s.enter(1, 1, event, ('a',))
s.enter(1, 0, event, ('priority first',))
cancel_me = s.enter(3, 1, event, ('cancelled',))
s.cancel(cancel_me)
s.enterabs(2.5, 1, event, argument=(), kwargs={'name': 'absolute'})
print(len(s.queue), s.empty())
s.run()
for entry in log:
    print(entry)
print(s.empty(), clock.now)
