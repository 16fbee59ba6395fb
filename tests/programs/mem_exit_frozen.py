"""A program that freezes the collector at its end: what it froze is
never collected (CPython's finalization leaves the permanent generation
alone), so no finalizer of a frozen object runs, not even of one outside
any cycle (__main__'s globals, frozen with it, are never freed)."""

import gc
import os


class Noisy:
    def __init__(self, name, cyclic):
        self.name = name
        if cyclic:
            self.me = self

    def __del__(self, write=os.write, frozen=gc.get_freeze_count):
        write(1, f'del {self.name} frozen={frozen() > 0}\n'.encode())


cycle = Noisy('a frozen cycle', True)
plain = Noisy('a frozen plain object', False)
gc.freeze()
print('frozen', gc.get_freeze_count() > 0)
