"""At exit, as CPython's finalization does: the exit functions run first,
then __main__'s objects are finalized with the module's globals intact (a
plain global, a cycle kept by a global, a pair of objects referring to
each other, a name with an underscore, an object in a list) and a
generator suspended in try/finally is closed."""

import atexit
import sys

log_prefix = 'del'


def describe(name):
    return f'{log_prefix} {name} (helper alive: {describe is not None})'


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(describe(self.name), 'Noisy' in globals(),
              sys.modules.get('__main__') is None)


def suspended():
    try:
        yield 'started'
        print('never resumed')
    finally:
        print('generator finally, globals intact:', Noisy is not None,
              log_prefix)


plain = Noisy('plain global')
cycle = Noisy('cycle kept by a global')
cycle.me = cycle
gen = suspended()
print(next(gen))
pair_a, pair_b = Noisy('pair a'), Noisy('pair b')
pair_a.other, pair_b.other = pair_b, pair_a
_private = Noisy('underscore name')
container = [Noisy('in a list')]


@atexit.register
def at_exit():
    print('atexit runs first; plain alive:', plain.name)


@atexit.register
def failing():
    raise ValueError('an exit function fails; the rest still runs')


print('main done')
