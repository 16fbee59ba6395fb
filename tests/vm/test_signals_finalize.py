"""Signal handling ends with the program (CPython's _PySignal_Fini): a
signal that reaches Ophis's host-level handler after that finds no handler
and is reported as ignored, as CPython reports it."""

import subprocess
import sys

from tests.vm.ophis_runner import run_ophis

# As test_signal's test__thread_interrupt_main: the finalizer runs while
# the program's modules are cleared.
INTERRUPT_MAIN_AT_EXIT = '''\
import _thread

class Foo:
    def __del__(self):
        _thread.interrupt_main()

x = Foo()
print('end')
'''

RACE = 'OSError: Signal 2 ignored due to race condition'


def test_interrupt_main_in_a_finalizer_at_exit(tmp_path):
    host = subprocess.run([sys.executable, '-c', INTERRUPT_MAIN_AT_EXIT],
                          capture_output=True, text=True, cwd=tmp_path)
    ophis = run_ophis(INTERRUPT_MAIN_AT_EXIT, tmp_path)
    for run in (host, ophis):
        assert (run.returncode, run.stdout) == (0, 'end\n')
        assert RACE in run.stderr, run.stderr
        assert 'KeyboardInterrupt' not in run.stderr, run.stderr


def test_handlers_dropped_and_faulthandler_dumps_kept():
    # In process: disable() forgets the program's handlers and the pending
    # signals, but not a faulthandler.register() dump (a C handler in
    # CPython, which outlives the signal module's finalization).
    from ophis.vm import breaker

    class Dump:
        pass

    class FakeFaults:
        _user = {12: Dump()}

    saved = dict(breaker.handlers), list(breaker._pending)
    saved_faults = sys.modules.get('ophis.runtime.faults')
    try:
        breaker.handlers.clear()
        breaker.handlers.update({2: print, 10: len, 12: FakeFaults._user[12]})
        breaker._pending[:] = [10]
        sys.modules['ophis.runtime.faults'] = FakeFaults
        breaker.disable()
        assert breaker.handlers == {12: FakeFaults._user[12]}
        assert breaker._pending == []
    finally:
        if saved_faults is None:
            sys.modules.pop('ophis.runtime.faults', None)
        else:
            sys.modules['ophis.runtime.faults'] = saved_faults
        breaker.handlers.clear()
        breaker.handlers.update(saved[0])
        breaker._pending[:] = saved[1]
