class State:
    name = 'base'
    def on(self, event):
        raise NotImplementedError
class Idle(State):
    name = 'idle'
    def on(self, event):
        return Running() if event == 'start' else self
class Running(State):
    name = 'running'
    def on(self, event):
        if event == 'pause':
            return Paused()
        if event == 'stop':
            return Idle()
        return self
class Paused(State):
    name = 'paused'
    def on(self, event):
        return Running() if event == 'resume' else Idle() if event == 'stop' else self
class Machine:
    def __init__(self):
        self.state = Idle()
        self.history = [self.state.name]
    def send(self, *events):
        for e in events:
            self.state = self.state.on(e)
            self.history.append(self.state.name)
        return self
m = Machine().send('start', 'pause', 'noop', 'resume', 'stop')
print(m.history)
try:
    State().on('x')
except NotImplementedError:
    print('abstract state')
