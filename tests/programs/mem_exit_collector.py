"""The collector at exit as the program sees it: finalizers of cycles held
by __main__'s globals, by a list there or by an attribute of a shared
module (os) run when CPython's finalization collects them and see the
collector as CPython has it there: enabled, nothing frozen.
(mem_exit_module_attrs.py: objects that extension modules hold.)"""

import gc
import os

write = os.write


class Cycle:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self, write=write, enabled=gc.isenabled,
                frozen=gc.get_freeze_count):
        # os.write: print needs sys.stdout, which the late collections of
        # CPython's finalization no longer have.
        write(1, f'del {self.name} enabled={enabled()} '
                 f'frozen={frozen()}\n'.encode())


kept = Cycle('kept by a global of __main__')
in_list = [Cycle('in a list of __main__')]
os.ophis_test_keep = Cycle('kept by an attribute of os')

print('main done')
