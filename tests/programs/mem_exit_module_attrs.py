"""Objects outside any cycle held by attributes of extension modules at
exit: CPython's finalization frees them when it clears those modules'
globals (after its first collection of the modules it took out of
sys.modules, the newest module first), and their finalizers see the
collector as CPython has it there: enabled, nothing frozen.  (The class
is held by the extension modules too, so __main__'s globals outlive the
collections of mem_exit_collector.py.)"""

import gc
import itertools
import math
import os
import time


class Plain:
    def __init__(self, name):
        self.name = name

    def __del__(self, write=os.write, enabled=gc.isenabled,
                frozen=gc.get_freeze_count):
        # os.write: print needs sys.stdout, which CPython's finalization
        # no longer has there.
        write(1, f'del {self.name} enabled={enabled()} '
                 f'frozen={frozen()}\n'.encode())


for module in (math, itertools, time):
    module.ophis_test_plain = Plain(f'held by {module.__name__}')

print('main done')
