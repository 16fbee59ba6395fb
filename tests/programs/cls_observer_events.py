class Event:
    def __init__(self):
        self._handlers = []
    def __iadd__(self, handler):
        self._handlers.append(handler)
        return self
    def __isub__(self, handler):
        self._handlers.remove(handler)
        return self
    def __call__(self, *args, **kwargs):
        return [h(*args, **kwargs) for h in self._handlers]
class Button:
    def __init__(self, label):
        self.label = label
        self.clicked = Event()
    def click(self):
        return self.clicked(self.label)
log = []
def logger(label):
    log.append(f'logged {label}')
    return 'logger'
b = Button('OK')
b.clicked += logger
b.clicked += lambda label: label.lower()
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, label):
        self.n += 1
        return self.n
counter = Counter()
b.clicked += counter
print(b.click(), b.click())
b.clicked -= logger
print(b.click(), log, counter.n)
import weakref
class Weak:
    def __init__(self):
        self.refs = []
    def subscribe(self, method):
        self.refs.append(weakref.WeakMethod(method))
    def fire(self):
        return [r()() for r in self.refs if r() is not None]
class Listener:
    def hear(self):
        return 'heard'
w = Weak()
l = Listener()
w.subscribe(l.hear)
print(w.fire())
del l
print(w.fire())
