# sys.is_finalizing(): False while the program and its exit functions run,
# True once finalization has begun (a __del__ run by module teardown).
import atexit
import sys


class AtExit:
    def __del__(self, is_finalizing=sys.is_finalizing, print=print):
        print('teardown', is_finalizing(), flush=True)


def at_exit():
    print('atexit', sys.is_finalizing(), flush=True)


print(sys.is_finalizing.__name__, sys.is_finalizing.__qualname__,
      sys.is_finalizing.__module__)
print('running', sys.is_finalizing())
atexit.register(at_exit)
ref = AtExit()
