"""At exit with the collector disabled: CPython skips its first collection
but still collects once the modules are gone, so unreachable cycles with
__del__ (one made in a function, one dropped at module level) are
finalized in the same collection as __main__'s own objects, and a
suspended generator's finally runs there too."""

import atexit
import gc

gc.disable()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name, 'globals intact:', Noisy is not None)


def make_cycle(name):
    first, second = Noisy(name + ' 1'), Noisy(name + ' 2')
    first.other, second.other = second, first


def waiting():
    try:
        yield 1
    finally:
        print('finally of a suspended generator, enabled:', gc.isenabled())


make_cycle('made in a function')
lost = Noisy('dropped at module level')
lost.me = lost
del lost
kept = Noisy('kept')
gen = waiting()
next(gen)
atexit.register(print, 'atexit with the collector disabled:',
                gc.isenabled())
print('main done')
