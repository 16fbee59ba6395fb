import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def raises(name):
    local = Tracked(name)
    raise ValueError(name)

try:
    raises('a')
except ValueError:
    print('handling a')
print('after a')

def keep_exception():
    try:
        raises('b')
    except ValueError as e:
        return e
err = keep_exception()
print('kept b')
del err
print('after b')

def via_host():
    try:
        sorted([1, 2], key=lambda x: raises('c'))
    except ValueError:
        print('handling c')
via_host()
print('after c')

def traceback_locals():
    try:
        raises('d')
    except ValueError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print('frame of', tb.tb_frame.f_code.co_name, tb.tb_lineno)
    print('dropping the traceback')
    tb = None
    print('leaving d')
traceback_locals()
print('after d')

def exc_info_kept():
    try:
        raises('e')
    except ValueError:
        info = sys.exc_info()
    print('info kept', info[0].__name__)
    info = None
    print('info dropped')
exc_info_kept()

def nested_handlers():
    try:
        raises('f')
    except ValueError:
        try:
            raises('g')
        except ValueError:
            print('inner handled')
        print('outer still handling')
    print('both done')
nested_handlers()
print('end')
