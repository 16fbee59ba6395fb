"""A program that rebinds sys.modules to a copy: CPython's finalization
still empties and clears the interpreter's own dictionary of modules, and
an object an extension module holds is freed there with the collector as
CPython has it (nothing frozen)."""

import gc
import math
import os
import sys


class Plain:
    def __init__(self, name):
        self.name = name

    def __del__(self, write=os.write, frozen=gc.get_freeze_count):
        write(1, f'del {self.name} frozen={frozen()}\n'.encode())


math.ophis_test_plain = Plain('held by math')
sys.modules = dict(sys.modules)
print('main done')
