import atexit
def goodbye(name):
    print('goodbye', name)
def failing():
    raise ValueError('atexit failure')
atexit.register(goodbye, 'first')
atexit.register(failing)
atexit.register(goodbye, name='last')
class Alive:
    def __del__(self):
        print('Alive.__del__ at shutdown')
keep = Alive()
print('main done')
