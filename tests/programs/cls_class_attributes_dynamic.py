class Config:
    debug = False
    def toggle(self):
        type(self).debug = not type(self).debug
c1, c2 = Config(), Config()
c1.toggle()
print(Config.debug, c2.debug)
c2.debug = 'instance'
print(c1.debug, c2.debug, Config.debug)
del c2.debug
print(c2.debug)
Config.new_method = lambda self: 'added later'
print(c1.new_method())
def method(self):
    return 'setattr method'
setattr(Config, 'other', method)
print(c2.other(), hasattr(Config, 'other'))
delattr(Config, 'other')
print(hasattr(c1, 'other'))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
print([Counter().id for _ in range(3)], Counter.count)
print(Config.__dict__['debug'], 'toggle' in vars(Config), type(vars(Config)).__name__)
Config.__doc__ = 'documented'
print(Config.__doc__, Config.__name__)
Config.__name__ = 'Renamed'
print(Config, Config.__qualname__)
